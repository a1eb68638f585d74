using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowOffice.Host.Cases;

internal sealed class AttestationConfiguration : IEntityTypeConfiguration<Attestation>
{
    public void Configure(EntityTypeBuilder<Attestation> builder)
    {
        builder.ToTable("Attestations");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Method).HasMaxLength(16);
        builder.Property(a => a.DataHash).HasMaxLength(128);
        builder.Property(a => a.DeclarationText).HasMaxLength(4000);
        builder.Property(a => a.RecordedBy).HasMaxLength(64);
        builder.HasIndex(a => a.AssociationId);
        builder.HasIndex(a => a.CaseId);
    }
}
