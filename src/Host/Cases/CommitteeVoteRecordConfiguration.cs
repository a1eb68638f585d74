using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowOffice.Host.Cases;

internal sealed class CommitteeVoteRecordConfiguration : IEntityTypeConfiguration<CommitteeVoteRecord>
{
    public void Configure(EntityTypeBuilder<CommitteeVoteRecord> builder)
    {
        builder.ToTable("CommitteeVotes");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Choice).HasMaxLength(8);
        builder.Property(v => v.Reasons).HasMaxLength(2000);
        builder.HasIndex(v => v.AssociationId);
        builder.HasIndex(v => v.CaseId);
    }
}
