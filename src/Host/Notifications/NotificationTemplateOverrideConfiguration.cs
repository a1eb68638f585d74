using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowOffice.Host.Notifications;

internal sealed class NotificationTemplateOverrideConfiguration : IEntityTypeConfiguration<NotificationTemplateOverride>
{
    public void Configure(EntityTypeBuilder<NotificationTemplateOverride> builder)
    {
        builder.ToTable("NotificationTemplateOverrides");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Event).HasMaxLength(64);
        builder.Property(o => o.Language).HasMaxLength(8);
        builder.Property(o => o.Channel).HasMaxLength(16);
        builder.Property(o => o.Text).HasMaxLength(8000);
        builder.HasIndex(o => new { o.AssociationId, o.Event, o.Language, o.Channel }).IsUnique()
            .HasDatabaseName("IX_NotificationTemplateOverrides_Key");
    }
}
