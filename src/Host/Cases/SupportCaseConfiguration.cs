using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowOffice.Host.Cases;

internal sealed class SupportCaseConfiguration : IEntityTypeConfiguration<SupportCase>
{
    public void Configure(EntityTypeBuilder<SupportCase> builder)
    {
        builder.ToTable("Cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Reference).HasMaxLength(32);
        builder.Property(c => c.Channel).HasMaxLength(8);
        builder.Property(c => c.Kind).HasMaxLength(16);
        builder.Property(c => c.SupportTypeCode).HasMaxLength(64);
        builder.Property(c => c.Status).HasMaxLength(40);
        builder.Property(c => c.Notes).HasMaxLength(4000);
        builder.Property(c => c.PolicyEditionLabel).HasMaxLength(100);
        builder.Property(c => c.DefinitionKey).HasMaxLength(200);
        builder.Property(c => c.CreatedBy).HasMaxLength(64);
        builder.HasIndex(c => c.Reference).IsUnique();
        builder.HasIndex(c => new { c.AssociationId, c.Year, c.Sequence }).IsUnique();
        builder.HasIndex(c => c.BeneficiaryId);
        builder.HasIndex(c => c.WorkflowInstanceId);
        builder.Property(c => c.IntakeKey).HasMaxLength(64);
        builder.HasIndex(c => new { c.AssociationId, c.IntakeKey }).IsUnique();
    }
}
