using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowOffice.Host.Workflows.Outbox;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Kind).HasMaxLength(64);

        // The dispatcher polls by next attempt (null once sent or dead-lettered); screens list by association.
        builder.HasIndex(m => m.NextAttemptAt);
        builder.HasIndex(m => new { m.AssociationId, m.CreatedAt });
    }
}
