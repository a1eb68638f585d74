using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowOffice.Host.Cases;

internal sealed class CommunicationConfiguration : IEntityTypeConfiguration<Communication>
{
    public void Configure(EntityTypeBuilder<Communication> builder)
    {
        builder.ToTable("Communications");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Direction).HasMaxLength(8);
        builder.Property(c => c.Channel).HasMaxLength(16);
        builder.Property(c => c.Subject).HasMaxLength(200);
        builder.HasIndex(c => c.AssociationId);
        builder.HasIndex(c => c.CaseId);
    }
}
