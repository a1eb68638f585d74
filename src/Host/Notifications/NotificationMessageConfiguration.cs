using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowOffice.Host.Notifications;

internal sealed class NotificationMessageConfiguration : IEntityTypeConfiguration<NotificationMessage>
{
    public void Configure(EntityTypeBuilder<NotificationMessage> builder)
    {
        builder.ToTable("NotificationMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Event).HasMaxLength(64);
        builder.Property(m => m.Channel).HasMaxLength(16);
        builder.Property(m => m.Language).HasMaxLength(8);
        builder.Property(m => m.Address).HasMaxLength(256);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.LastError).HasMaxLength(500);
        builder.HasIndex(m => new { m.AssociationId, m.CaseId });
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
        builder.HasIndex(m => new { m.SourceId, m.Channel, m.Address }).IsUnique();
    }
}
