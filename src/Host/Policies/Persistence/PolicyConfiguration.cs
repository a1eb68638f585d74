using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowOffice.Host.Associations;

namespace WorkflowOffice.Host.Policies.Persistence;

internal sealed class PolicyConfiguration : IEntityTypeConfiguration<Policy>
{
    public void Configure(EntityTypeBuilder<Policy> builder)
    {
        builder.ToTable("Policies");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Key).HasMaxLength(100);
        builder.Property(p => p.NameAr).HasMaxLength(300);
        builder.Property(p => p.NameEn).HasMaxLength(300);
        builder.HasIndex(p => new { p.AssociationId, p.Key }).IsUnique();
        builder.HasOne<Association>().WithMany().HasForeignKey(p => p.AssociationId).OnDelete(DeleteBehavior.Restrict);
    }
}
