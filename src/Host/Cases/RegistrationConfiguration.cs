using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowOffice.Host.Cases;

internal sealed class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> builder)
    {
        builder.ToTable("Registrations");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.FileNumber).HasMaxLength(32);

        // STEP-6: the file number is unique per association; the allocator retries on a clash.
        builder.HasIndex(r => new { r.AssociationId, r.FileNumber }).IsUnique();
        builder.HasIndex(r => r.CaseId).IsUnique();
    }
}
