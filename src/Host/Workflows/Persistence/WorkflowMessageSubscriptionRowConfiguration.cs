using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowOffice.Host.Workflows.Persistence;

internal sealed class WorkflowMessageSubscriptionRowConfiguration : IEntityTypeConfiguration<WorkflowMessageSubscriptionRow>
{
    public void Configure(EntityTypeBuilder<WorkflowMessageSubscriptionRow> builder)
    {
        builder.ToTable("WorkflowMessageSubscriptions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.ElementId).HasMaxLength(200);
        builder.Property(s => s.MessageName).HasMaxLength(200);
        builder.Property(s => s.CorrelationKey).HasMaxLength(200);
        builder.HasIndex(s => new { s.MessageName, s.CorrelationKey });
        builder.HasIndex(s => new { s.AssociationId, s.InstanceId });
    }
}
