using Microsoft.EntityFrameworkCore;
using WorkflowOffice.Activities.Policy;
using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Host.Auth;
using WorkflowOffice.Host.Beneficiaries;
using WorkflowOffice.Host.Cases.Intake;
using WorkflowOffice.Host.Cases.Workflow;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Cases;

/// <summary>
/// The case file: the case with its beneficiary, current tasks, timeline (engine journal + communications) and
/// governing edition; always within the current user's association (another association's case is not found).
/// </summary>
public sealed class CaseFileService(
    WorkflowOfficeDbContext db,
    WorkflowRuntime runtime,
    ICurrentUser user,
    CaseStatusProjector statuses,
    IntakeService intake)
{
    public async Task<SupportCase> FindAsync(Guid caseId, CancellationToken cancellationToken) =>
        await db.Set<SupportCase>().SingleOrDefaultAsync(c => c.Id == caseId && c.AssociationId == user.AssociationId, cancellationToken)
        ?? throw new CaseNotFoundException("The case");

    public async Task<CaseFileView> GetAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var @case = await FindAsync(caseId, cancellationToken);
        var beneficiary = @case.BeneficiaryId is { } beneficiaryId
            ? await db.Set<Beneficiary>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == beneficiaryId, cancellationToken)
            : null;
        var tasks = new List<CaseTaskView>();
        var timeline = new List<TimelineEntry>();
        if (@case.WorkflowInstanceId is { } instanceId)
        {
            var status = await statuses.ProjectAsync(instanceId, cancellationToken);
            if (status is not null && status != @case.Status)
            {
                @case.Status = status;
                await db.SaveChangesAsync(cancellationToken);
            }

            var open = await runtime.QueryTasksAsync(new TaskQuery(InstanceId: instanceId), cancellationToken);
            tasks.AddRange(open.Select(t => new CaseTaskView(t.Id, t.ElementId, t.Name, t.Form, t.CandidateRoles, t.Assignee, t.DueAt)));
            var definition = await runtime.GetDefinitionAsync(@case.DefinitionKey, @case.DefinitionVersion, cancellationToken);
            foreach (var entry in await runtime.GetJournalAsync(instanceId, cancellationToken))
            {
                if (entry.Kind is JournalKind.ElementLeft or JournalKind.TimerScheduled)
                {
                    continue;
                }

                var name = entry.ElementId is not null && definition.TryGetNode(entry.ElementId, out var node) ? node.Name : null;
                timeline.Add(new TimelineEntry(entry.At, "workflow", entry.Kind.ToString(), entry.ElementId, name, entry.Detail));
            }
        }

        var communications = await db.Set<Communication>().AsNoTracking().Where(c => c.CaseId == @case.Id).ToListAsync(cancellationToken);
        timeline.AddRange(communications.Select(c => new TimelineEntry(c.At, "communication", c.Direction, null, c.Subject, c.Channel)));
        var attestation = await db.Set<Attestation>().AsNoTracking().Where(a => a.CaseId == @case.Id)
            .OrderByDescending(a => a.AttestedAt).FirstOrDefaultAsync(cancellationToken);
        AttestationView? attestationView = null;
        if (attestation is not null)
        {
            var now = await AttestedData.HashAsync(db, @case, cancellationToken);
            attestationView = new AttestationView(attestation.Method, attestation.AttestedAt, attestation.DataHash, now != attestation.DataHash);
        }

        var fileNumber = await db.Set<Registration>().AsNoTracking().Where(r => r.CaseId == @case.Id).Select(r => r.FileNumber).SingleOrDefaultAsync(cancellationToken);
        return new CaseFileView(
            @case.Id,
            @case.Reference,
            @case.Status,
            @case.Channel,
            @case.Kind,
            @case.SupportTypeCode,
            @case.SubmittedOn,
            beneficiary is null ? null : new BeneficiaryView(beneficiary.Id, beneficiary.NameAr, beneficiary.NameEn, beneficiary.Gender, beneficiary.BirthDate, beneficiary.City, MaskedId(beneficiary.NationalId), beneficiary.Mobile),
            tasks,
            [.. timeline.OrderBy(t => t.At)],
            new GoverningEdition(@case.PolicyEditionId, @case.PolicyEditionLabel, @case.DefinitionKey, @case.DefinitionVersion),
            attestationView,
            fileNumber);
    }

    /// <summary>STEP-2: the beneficiary brought missing items; record them and let the procedure check the case again.</summary>
    public async Task<int> SubmitItemsAsync(Guid caseId, IReadOnlyList<DocumentInput> documents, CancellationToken cancellationToken)
    {
        var @case = await FindAsync(caseId, cancellationToken);
        await intake.AddDocumentsAsync(@case, documents, cancellationToken);
        var resumed = await runtime.CorrelateMessageAsync(PolicyMessages.ItemsSubmitted, @case.Id.ToString(), null, cancellationToken);
        if (@case.WorkflowInstanceId is { } instanceId)
        {
            @case.Status = await statuses.ProjectAsync(instanceId, cancellationToken) ?? @case.Status;
            await db.SaveChangesAsync(cancellationToken);
        }

        return resumed;
    }

    private static string MaskedId(string nationalId) =>
        Activities.Identifiers.SaudiNationalId.TryParse(nationalId).Value?.Masked ?? "**********";
}
