using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowOffice.Host.Beneficiaries;

internal sealed class BeneficiaryConfiguration : IEntityTypeConfiguration<Beneficiary>
{
    public void Configure(EntityTypeBuilder<Beneficiary> builder)
    {
        builder.ToTable("Beneficiaries");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.NationalId).HasMaxLength(10);
        builder.Property(b => b.NameAr).HasMaxLength(200);
        builder.Property(b => b.NameEn).HasMaxLength(200);
        builder.Property(b => b.Gender).HasMaxLength(8);
        builder.Property(b => b.Mobile).HasMaxLength(16);
        builder.Property(b => b.Email).HasMaxLength(256);
        builder.Property(b => b.City).HasMaxLength(100);
        builder.Property(b => b.Iban).HasMaxLength(24);
        builder.Property(b => b.PreferredLanguage).HasMaxLength(8);

        // One file per identity number per association (issue 4): the database enforces it.
        builder.HasIndex(b => new { b.AssociationId, b.NationalId }).IsUnique();
        builder.HasOne<Associations.Association>().WithMany().HasForeignKey(b => b.AssociationId).OnDelete(DeleteBehavior.Restrict);
    }
}
