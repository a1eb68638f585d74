using Microsoft.EntityFrameworkCore;
using WorkflowOffice.Activities.Policy;
using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Host.Auth;
using WorkflowOffice.Host.Beneficiaries;
using WorkflowOffice.Host.Cases.Intake;
using WorkflowOffice.Host.Cases.Workflow;
using WorkflowOffice.Host.Persistence;
using WorkflowOffice.Host.Workflows.Persistence;

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
        IReadOnlyList<JournalEntry> journal = [];
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
            journal = await runtime.GetJournalAsync(instanceId, cancellationToken);
            foreach (var entry in journal)
            {
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
        var steps = await StepsAsync(@case, journal, communications, attestation, tasks, cancellationToken);
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
            steps,
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

    /// <summary>The timeline by policy step, with the case's communications, documents and decisions under their step.</summary>
    private async Task<IReadOnlyList<CaseFileStep>> StepsAsync(
        SupportCase @case,
        IReadOnlyList<JournalEntry> journal,
        IReadOnlyList<Communication> communications,
        Attestation? attestation,
        IReadOnlyList<CaseTaskView> openTasks,
        CancellationToken cancellationToken)
    {
        var xml = await db.Set<WorkflowDefinitionRow>().AsNoTracking()
            .Where(d => d.Key == @case.DefinitionKey && d.Version == @case.DefinitionVersion)
            .Select(d => d.BpmnXml)
            .SingleOrDefaultAsync(cancellationToken) ?? "";
        var extras = new List<TimelineEntry>();
        extras.AddRange(communications.Select(c => new TimelineEntry(c.At, "communication", c.Direction, CaseFileSteps.StepOfEvent(c.Subject), c.Subject, c.Channel)));
        var documents = await db.Set<BeneficiaryDocument>().AsNoTracking().Where(d => d.CaseId == @case.Id)
            .Select(d => new { d.ProvidedAt, d.TypeCode, d.ExpiresOn }).ToListAsync(cancellationToken);
        extras.AddRange(documents.Select(d => new TimelineEntry(
            d.ProvidedAt, "document", d.TypeCode, "STEP-2", d.TypeCode, d.ExpiresOn?.ToString("O", System.Globalization.CultureInfo.InvariantCulture))));
        if (attestation is not null)
        {
            extras.Add(new TimelineEntry(attestation.AttestedAt, "decision", "attestation", "STEP-4", attestation.Method, null));
        }

        var votes = await db.Set<CommitteeVoteRecord>().AsNoTracking().Where(v => v.CaseId == @case.Id)
            .Select(v => new { v.CastAt, v.MemberId, v.Choice, v.Reasons }).ToListAsync(cancellationToken);
        var registration = await db.Set<Registration>().AsNoTracking().Where(r => r.CaseId == @case.Id)
            .Select(r => new { r.RegisteredAt, r.FileNumber }).SingleOrDefaultAsync(cancellationToken);
        if (registration is not null)
        {
            extras.Add(new TimelineEntry(registration.RegisteredAt, "decision", "registration", "STEP-6", registration.FileNumber, null));
        }

        var deliveries = await db.Set<ServiceDelivery>().AsNoTracking().Where(d => d.CaseId == @case.Id)
            .Select(d => new { d.RecordedAt, d.ServiceName }).ToListAsync(cancellationToken);
        extras.AddRange(deliveries.Select(d => new TimelineEntry(d.RecordedAt, "decision", "delivery", "STEP-7", d.ServiceName, null)));

        // Display names of everyone who acted, in one query (actors are user ids or "system").
        var actorIds = journal.Select(e => e.Actor).Concat(votes.Select(v => v.MemberId.ToString()))
            .Select(a => Guid.TryParse(a, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => actorIds.Contains(u.Id) && u.AssociationId == user.AssociationId)
            .Select(u => new { u.Id, u.DisplayNameAr, u.DisplayNameEn }).ToDictionaryAsync(u => u.Id, cancellationToken);
        (string Ar, string En)? NameOf(string? actor) =>
            Guid.TryParse(actor, out var id) && people.TryGetValue(id, out var person) ? (person.DisplayNameAr, person.DisplayNameEn) : null;

        // The member's name is among the step's actors; the vote shows the choice and the reasons.
        extras.AddRange(votes.Select(v => new TimelineEntry(v.CastAt, "decision", "vote:" + v.Choice, "STEP-5", null, v.Reasons)));
        var open = openTasks.Select(t => t.ElementId).ToHashSet(StringComparer.Ordinal);
        return CaseFileSteps.Group(journal, CaseFileSteps.StepsOf(xml), extras, open, NameOf);
    }

    private static string MaskedId(string nationalId) => Beneficiaries.NationalIdMask.Apply(nationalId);
}
