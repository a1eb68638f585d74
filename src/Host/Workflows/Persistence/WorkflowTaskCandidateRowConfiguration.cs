using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowOffice.Host.Workflows.Persistence;

internal sealed class WorkflowTaskCandidateRowConfiguration : IEntityTypeConfiguration<WorkflowTaskCandidateRow>
{
    public void Configure(EntityTypeBuilder<WorkflowTaskCandidateRow> builder)
    {
        builder.ToTable("WorkflowTaskCandidates");
        builder.HasKey(c => new { c.TaskId, c.Role });
        builder.Property(c => c.Role).HasMaxLength(100);
        builder.HasIndex(c => new { c.AssociationId, c.Role });
    }
}
