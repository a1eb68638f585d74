using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowOffice.Host.Associations;

namespace WorkflowOffice.Host.Auth;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayNameAr).HasMaxLength(200);
        builder.Property(u => u.DisplayNameEn).HasMaxLength(200);
        builder.Property(u => u.PreferredLanguage).HasMaxLength(8);
        builder.HasIndex(u => u.AssociationId);
        builder.HasOne<Association>().WithMany().HasForeignKey(u => u.AssociationId).OnDelete(DeleteBehavior.Restrict);
    }
}
