using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowOffice.Host.Workflows.Persistence;

internal sealed class WorkflowTaskRowConfiguration : IEntityTypeConfiguration<WorkflowTaskRow>
{
    public void Configure(EntityTypeBuilder<WorkflowTaskRow> builder)
    {
        builder.ToTable("WorkflowTasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.DefinitionKey).HasMaxLength(200);
        builder.Property(t => t.BusinessKey).HasMaxLength(200);
        builder.Property(t => t.ElementId).HasMaxLength(200);
        builder.Property(t => t.Name).HasMaxLength(400);
        builder.Property(t => t.CandidateRoles).HasMaxLength(1000);
        builder.Property(t => t.Assignee).HasMaxLength(200);
        builder.Property(t => t.Form).HasMaxLength(200);
        builder.Property(t => t.Outcomes).HasMaxLength(1000);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.CompletedBy).HasMaxLength(200);
        builder.Property(t => t.Outcome).HasMaxLength(200);

        // The inbox: open tasks of an association by assignee, or by due date (most urgent first).
        builder.HasIndex(t => new { t.AssociationId, t.Status, t.Assignee });
        builder.HasIndex(t => new { t.AssociationId, t.Status, t.DueAt });
        builder.HasIndex(t => t.InstanceId);
    }
}
