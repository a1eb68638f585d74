using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowOffice.Host.Associations;

namespace WorkflowOffice.Host.Policies.Persistence;

internal sealed class EditionCommentConfiguration : IEntityTypeConfiguration<EditionComment>
{
    public void Configure(EntityTypeBuilder<EditionComment> builder)
    {
        builder.ToTable("EditionComments");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Text).HasMaxLength(4000);
        builder.Property(c => c.ElementId).HasMaxLength(200);
        builder.HasIndex(c => c.EditionId);
        builder.HasIndex(c => c.AssociationId);
        builder.HasOne<PolicyEdition>().WithMany().HasForeignKey(c => c.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Association>().WithMany().HasForeignKey(c => c.AssociationId).OnDelete(DeleteBehavior.Restrict);
    }
}
