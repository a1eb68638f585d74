using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowOffice.Host.Associations;

namespace WorkflowOffice.Host.Policies.Persistence;

internal sealed class PolicyEditionConfiguration : IEntityTypeConfiguration<PolicyEdition>
{
    public void Configure(EntityTypeBuilder<PolicyEdition> builder)
    {
        builder.ToTable("PolicyEditions");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.ApprovedSha256).HasMaxLength(64);
        builder.Property(e => e.DefinitionKey).HasMaxLength(200);
        builder.Property(e => e.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasIndex(e => new { e.PolicyId, e.Number }).IsUnique();
        builder.HasIndex(e => e.AssociationId);
        builder.HasOne<Policy>().WithMany().HasForeignKey(e => e.PolicyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Association>().WithMany().HasForeignKey(e => e.AssociationId).OnDelete(DeleteBehavior.Restrict);
    }
}
