using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowOffice.Host.Associations;

namespace WorkflowOffice.Host.Policies.Persistence;

internal sealed class EditionVoteConfiguration : IEntityTypeConfiguration<EditionVote>
{
    public void Configure(EntityTypeBuilder<EditionVote> builder)
    {
        builder.ToTable("EditionVotes");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Vote).HasConversion<string>().HasMaxLength(16);
        builder.Property(v => v.Comment).HasMaxLength(2000);
        // One vote per board member and edition: a second one is refused, not counted twice.
        builder.HasIndex(v => new { v.EditionId, v.BoardMemberId }).IsUnique();
        builder.HasIndex(v => v.AssociationId);
        builder.HasOne<PolicyEdition>().WithMany().HasForeignKey(v => v.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Association>().WithMany().HasForeignKey(v => v.AssociationId).OnDelete(DeleteBehavior.Restrict);
    }
}
