using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowOffice.Host.Inquiries;

internal sealed class InquiryConfiguration : IEntityTypeConfiguration<Inquiry>
{
    public void Configure(EntityTypeBuilder<Inquiry> builder)
    {
        builder.ToTable("Inquiries");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Channel).HasMaxLength(8);
        builder.Property(i => i.ContactName).HasMaxLength(200);
        builder.Property(i => i.Mobile).HasMaxLength(16);
        builder.Property(i => i.Question).HasMaxLength(4000);
        builder.Property(i => i.Answer).HasMaxLength(4000);
        builder.Property(i => i.AnsweredBy).HasMaxLength(64);
        builder.HasIndex(i => i.AssociationId);
        builder.HasIndex(i => i.CaseId);
    }
}
