using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowOffice.Host.Workflows.Persistence;

internal sealed class WorkflowInstanceRowConfiguration : IEntityTypeConfiguration<WorkflowInstanceRow>
{
    public void Configure(EntityTypeBuilder<WorkflowInstanceRow> builder)
    {
        builder.ToTable("WorkflowInstances");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.DefinitionKey).HasMaxLength(200);
        builder.Property(i => i.BusinessKey).HasMaxLength(200);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasIndex(i => new { i.AssociationId, i.BusinessKey });
        builder.HasIndex(i => new { i.AssociationId, i.Status });
    }
}
