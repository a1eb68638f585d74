using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowOffice.Host.Associations;

internal sealed class AssociationConfiguration : IEntityTypeConfiguration<Association>
{
    public void Configure(EntityTypeBuilder<Association> builder)
    {
        builder.ToTable("Associations");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Code).HasMaxLength(16);
        builder.HasIndex(a => a.Code).IsUnique();
        builder.Property(a => a.NameAr).HasMaxLength(200);
        builder.Property(a => a.NameEn).HasMaxLength(200);
        builder.Property(a => a.City).HasMaxLength(100);
        builder.Property(a => a.LicenceNumber).HasMaxLength(50);
    }
}
