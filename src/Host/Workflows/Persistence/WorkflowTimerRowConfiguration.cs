using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowOffice.Host.Workflows.Persistence;

internal sealed class WorkflowTimerRowConfiguration : IEntityTypeConfiguration<WorkflowTimerRow>
{
    public void Configure(EntityTypeBuilder<WorkflowTimerRow> builder)
    {
        builder.ToTable("WorkflowTimers");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.ElementId).HasMaxLength(200);

        // Recovery and the sweep read pending timers by due time.
        builder.HasIndex(t => new { t.Resolved, t.DueAt });
        builder.HasIndex(t => new { t.AssociationId, t.InstanceId });
    }
}
