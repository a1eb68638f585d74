using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowOffice.Activities.Attestation;
using WorkflowOffice.Activities.Identifiers;
using WorkflowOffice.Activities.Notifications;
using WorkflowOffice.Activities.Policy;
using WorkflowOffice.Activities.Survey;
using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Host.Associations;
using WorkflowOffice.Host.Beneficiaries;
using WorkflowOffice.Host.Cases;
using WorkflowOffice.Host.Cases.Intake;
using WorkflowOffice.Host.Inquiries;
using WorkflowOffice.Host.Notifications;
using WorkflowOffice.Host.Persistence;
using WorkflowOffice.Host.Tasks;

namespace WorkflowOffice.Host.PublicApi;

/// <summary>
/// What beneficiaries do without a staff login: apply online (CH-7) and receive a one-time code for the STEP-4
/// attestation by SMS, follow the request by reference and mobile, and answer the satisfaction survey (GOAL-5).
/// </summary>
public sealed class PublicService(
    WorkflowOfficeDbContext db,
    IntakeService intake,
    NotificationComposer composer,
    WorkflowRuntime runtime,
    TimeProvider clock)
{
    public const string PublicActor = "public";

    public async Task<PublicApplicationAccepted> ApplyAsync(PublicApplicationRequest request, CancellationToken cancellationToken)
    {
        var association = await db.Set<Association>().AsNoTracking().SingleOrDefaultAsync(a => a.Code == request.Association, cancellationToken)
            ?? throw CaseValidationException.Single("association", "association", "الجمعية غير معروفة.", "Unknown association.");
        var created = await intake.CreateCaseAsync(
            association.Id,
            new CaseIntakeRequest(Channels.Website, "support", request.SupportType, request.Beneficiary, request.Documents, request.Unclear),
            PublicActor,
            cancellationToken);

        // STEP-4 by one-time code: only the salted hash is kept; the code itself leaves once, by SMS, through the outbox.
        var issued = OneTimeCode.Issue(clock);
        var @case = await db.Set<SupportCase>().SingleAsync(c => c.Id == created.Id, cancellationToken);
        @case.AttestationCodeJson = JsonSerializer.Serialize(issued.State);
        var messages = await composer.ComposeAsync(
            db,
            association.Id,
            null,
            NotificationEvents.AttestationCode,
            null,
            PolicyRecipients.ForCase(@case.Id.ToString()),
            new Dictionary<string, object?>
            {
                [PolicyVariables.CaseId] = @case.Id.ToString(),
                [PolicyVariables.Reference] = @case.Reference,
                ["code"] = issued.Code,
                ["validMinutes"] = (decimal)OneTimeCode.Lifetime.TotalMinutes,
            },
            cancellationToken,
            [NotificationChannel.Sms]);
        await db.SaveChangesAsync(cancellationToken);
        return new PublicApplicationAccepted(created.Reference, @case.Status, messages.Count > 0);
    }

    public async Task<PublicStatus> StatusAsync(string? reference, string? mobile, CancellationToken cancellationToken)
    {
        var phone = SaudiMobile.TryParse(mobile).Value?.E164;
        var @case = reference is null || phone is null
            ? null
            : await db.Set<SupportCase>().AsNoTracking().SingleOrDefaultAsync(c => c.Reference == reference, cancellationToken);
        var owner = @case is null
            ? null
            : @case.BeneficiaryId is { } id
                ? await db.Set<Beneficiary>().AsNoTracking().Where(b => b.Id == id).Select(b => b.Mobile).SingleOrDefaultAsync(cancellationToken)
                : await db.Set<Inquiry>().AsNoTracking().Where(i => i.CaseId == @case.Id).Select(i => i.Mobile).SingleOrDefaultAsync(cancellationToken);

        // A wrong mobile answers exactly like an unknown reference: the page must not confirm that a reference exists.
        if (@case is null || owner != phone)
        {
            throw new CaseNotFoundException("No request with this reference and mobile number");
        }

        var updates = await db.Set<NotificationMessage>().AsNoTracking()
            .Where(m => m.CaseId == @case.Id && m.Channel == "portal")
            .Select(m => new PublicUpdate(m.Event, m.CreatedAt))
            .ToListAsync(cancellationToken);
        return new PublicStatus(@case.Reference, @case.Status, [.. updates.OrderBy(u => u.At)]);
    }

    public async Task AnswerSurveyAsync(string token, SurveyAnswerRequest request, CancellationToken cancellationToken)
    {
        var survey = await db.Set<SatisfactionSurvey>().SingleOrDefaultAsync(s => s.Token == token, cancellationToken)
            ?? throw new CaseNotFoundException("The survey");
        if (survey.AnsweredAt is not null)
        {
            throw new TaskConflictException("The survey was already answered.");
        }

        if (clock.GetUtcNow() > survey.ClosesAt)
        {
            throw new TaskConflictException("The survey is closed.");
        }

        var answer = new SurveyAnswer(request.Csat, request.Nps, request.Comment, request.Anonymous);
        if (answer.Validate() is { Count: > 0 } errors)
        {
            throw new CaseValidationException(errors);
        }

        survey.AnsweredAt = clock.GetUtcNow();
        survey.Csat = answer.Csat;
        survey.Nps = answer.Nps;
        survey.Comment = answer.Comment;
        survey.IsAnonymous = answer.IsAnonymous;
        await db.SaveChangesAsync(cancellationToken);
        await runtime.CorrelateMessageAsync(PolicyMessages.SurveyAnswered, survey.CaseId.ToString(), null, cancellationToken);
        var @case = await db.Set<SupportCase>().SingleAsync(c => c.Id == survey.CaseId, cancellationToken);
        if (@case.WorkflowInstanceId is { } instanceId)
        {
            var projector = new Cases.Workflow.CaseStatusProjector(runtime);
            @case.Status = await projector.ProjectAsync(instanceId, cancellationToken) ?? @case.Status;
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
