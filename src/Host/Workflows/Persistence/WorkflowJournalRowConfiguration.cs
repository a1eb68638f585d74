using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowOffice.Host.Workflows.Persistence;

internal sealed class WorkflowJournalRowConfiguration : IEntityTypeConfiguration<WorkflowJournalRow>
{
    public void Configure(EntityTypeBuilder<WorkflowJournalRow> builder)
    {
        builder.ToTable("WorkflowJournal");

        // (instance, sequence) is the timeline's order and makes a second writer of the same step collide.
        builder.HasKey(j => new { j.InstanceId, j.Sequence });
        builder.Property(j => j.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(j => j.ElementId).HasMaxLength(200);
        builder.Property(j => j.Actor).HasMaxLength(200);

        // Audit queries: an association's activity over a period.
        builder.HasIndex(j => new { j.AssociationId, j.At });
    }
}
