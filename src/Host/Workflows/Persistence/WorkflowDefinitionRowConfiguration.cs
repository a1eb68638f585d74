using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowOffice.Host.Workflows.Persistence;

internal sealed class WorkflowDefinitionRowConfiguration : IEntityTypeConfiguration<WorkflowDefinitionRow>
{
    public void Configure(EntityTypeBuilder<WorkflowDefinitionRow> builder)
    {
        builder.ToTable("WorkflowDefinitions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Key).HasMaxLength(200);
        builder.Property(d => d.Sha256).HasMaxLength(64);
        builder.HasIndex(d => new { d.Key, d.Version }).IsUnique();
    }
}
