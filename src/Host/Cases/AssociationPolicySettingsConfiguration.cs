using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowOffice.Host.Cases;

internal sealed class AssociationPolicySettingsConfiguration : IEntityTypeConfiguration<AssociationPolicySettings>
{
    public void Configure(EntityTypeBuilder<AssociationPolicySettings> builder)
    {
        builder.ToTable("AssociationPolicySettings");
        builder.HasKey(s => s.AssociationId);
        builder.Property(s => s.DeclarationAr).HasMaxLength(4000);
        builder.Property(s => s.DeclarationEn).HasMaxLength(4000);
        builder.Property(s => s.CommitteeMajority).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Associations.Association>().WithMany().HasForeignKey(s => s.AssociationId).OnDelete(DeleteBehavior.Cascade);
    }
}
