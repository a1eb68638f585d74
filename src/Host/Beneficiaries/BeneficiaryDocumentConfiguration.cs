using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowOffice.Host.Beneficiaries;

internal sealed class BeneficiaryDocumentConfiguration : IEntityTypeConfiguration<BeneficiaryDocument>
{
    public void Configure(EntityTypeBuilder<BeneficiaryDocument> builder)
    {
        builder.ToTable("BeneficiaryDocuments");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.TypeCode).HasMaxLength(64);
        builder.Property(d => d.Number).HasMaxLength(64);
        builder.Property(d => d.FileName).HasMaxLength(200);
        builder.Property(d => d.ContentType).HasMaxLength(100);
        builder.HasIndex(d => d.AssociationId);
        builder.HasIndex(d => d.BeneficiaryId);
        builder.HasIndex(d => d.CaseId);
        builder.HasOne<Beneficiary>().WithMany().HasForeignKey(d => d.BeneficiaryId).OnDelete(DeleteBehavior.Cascade);
    }
}
