using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowOffice.Host.Cases;

internal sealed class SatisfactionSurveyConfiguration : IEntityTypeConfiguration<SatisfactionSurvey>
{
    public void Configure(EntityTypeBuilder<SatisfactionSurvey> builder)
    {
        builder.ToTable("SatisfactionSurveys");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Token).HasMaxLength(64);
        builder.Property(s => s.Comment).HasMaxLength(2000);
        builder.HasIndex(s => s.Token).IsUnique();
        builder.HasIndex(s => s.CaseId).IsUnique();
        builder.HasIndex(s => s.AssociationId);
    }
}
