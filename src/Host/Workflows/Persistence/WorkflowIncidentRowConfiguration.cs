using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowOffice.Host.Workflows.Persistence;

internal sealed class WorkflowIncidentRowConfiguration : IEntityTypeConfiguration<WorkflowIncidentRow>
{
    public void Configure(EntityTypeBuilder<WorkflowIncidentRow> builder)
    {
        builder.ToTable("WorkflowIncidents");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.ElementId).HasMaxLength(200);
        builder.Property(i => i.ErrorType).HasMaxLength(200);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.ResolvedBy).HasMaxLength(200);
        builder.HasIndex(i => new { i.AssociationId, i.Status });
        builder.HasIndex(i => i.InstanceId);
    }
}
