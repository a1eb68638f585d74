using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowOffice.Host.SupportTypes;

internal sealed class AssociationSupportTypeConfiguration : IEntityTypeConfiguration<AssociationSupportType>
{
    public void Configure(EntityTypeBuilder<AssociationSupportType> builder)
    {
        builder.ToTable("SupportTypes");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Code).HasMaxLength(64);
        builder.Property(s => s.NameAr).HasMaxLength(200);
        builder.Property(s => s.NameEn).HasMaxLength(200);
        builder.Ignore(s => s.RequiredItems);
        builder.HasIndex(s => new { s.AssociationId, s.Code }).IsUnique();
    }
}
