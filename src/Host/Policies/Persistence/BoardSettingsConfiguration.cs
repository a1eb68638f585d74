using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowOffice.Host.Associations;

namespace WorkflowOffice.Host.Policies.Persistence;

internal sealed class BoardSettingsConfiguration : IEntityTypeConfiguration<BoardSettings>
{
    public void Configure(EntityTypeBuilder<BoardSettings> builder)
    {
        builder.ToTable("BoardSettings");
        builder.HasKey(s => s.AssociationId);
        builder.HasOne<Association>().WithMany().HasForeignKey(s => s.AssociationId).OnDelete(DeleteBehavior.Restrict);
    }
}
