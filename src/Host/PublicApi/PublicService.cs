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
using WorkflowOffice.Host.Components.Inbox;
using WorkflowOffice.Host.Components.Shared;
using WorkflowOffice.Host.Workflows.Outbox;

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

    private const string AttestationElement = "attestation";
    private const string AttestedOutcome = "attested";

    public async Task<PublicApplicationAccepted> ApplyAsync(PublicApplicationRequest request, CancellationToken cancellationToken)
    {
        var association = await db.Set<Association>().AsNoTracking().SingleOrDefaultAsync(a => a.Code == request.Association, cancellationToken)
            ?? throw CaseValidationException.Single("association", "association", "الجمعية غير معروفة.", "Unknown association.");
        var created = await intake.CreateCaseAsync(
            association.Id,
            new CaseIntakeRequest(Channels.Website, "support", request.SupportType, request.Beneficiary, request.Documents, request.Unclear),
            PublicActor,
            cancellationToken);

        var @case = await db.Set<SupportCase>().SingleAsync(c => c.Id == created.Id, cancellationToken);
        var sent = await IssueCodeAsync(@case, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new PublicApplicationAccepted(created.Reference, @case.Status, sent);
    }

    /// <summary>Sends a fresh one-time code to the applicant's mobile (the first one expired or was lost); the old code stops working.</summary>
    public async Task<bool> ResendCodeAsync(string reference, string? mobile, CancellationToken cancellationToken)
    {
        var @case = await ApplicantCaseAsync(reference, mobile, cancellationToken);
        await EnsureNotAttestedAsync(@case, cancellationToken);
        var sent = await IssueCodeAsync(@case, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }

    /// <summary>The declaration the applicant of <paramref name="reference"/> attests (their association's wording).</summary>
    public async Task<PublicDeclaration> DeclarationAsync(string? reference, CancellationToken cancellationToken)
    {
        var associationId = await db.Set<SupportCase>().AsNoTracking().Where(c => c.Reference == reference).Select(c => (Guid?)c.AssociationId).SingleOrDefaultAsync(cancellationToken);
        var settings = associationId is { } id
            ? await db.Set<AssociationPolicySettings>().AsNoTracking().SingleOrDefaultAsync(s => s.AssociationId == id, cancellationToken)
            : null;
        settings ??= new AssociationPolicySettings();
        return new PublicDeclaration(settings.DeclarationAr, settings.DeclarationEn);
    }

    /// <summary>
    /// STEP-4 on the website: checks the one-time code sent to the applicant's mobile and records the attestation
    /// (method <c>otp</c>, time, hash of the attested data, the declaration, recorded by <c>public</c>) exactly as the
    /// staff's attestation form does. When the case waits for its attestation, that step is completed with it, so the
    /// request goes on to the research committee (STEP-5) without the applicant coming in.
    /// </summary>
    public async Task<PublicAttestationResult> AttestAsync(string reference, PublicAttestationRequest request, CancellationToken cancellationToken)
    {
        var @case = await ApplicantCaseAsync(reference, request.Mobile, cancellationToken);
        await EnsureNotAttestedAsync(@case, cancellationToken);
        if (!request.Confirmed)
        {
            throw CaseValidationException.Single("confirmed", "required", "يرجى الإقرار بصحة البيانات قبل الإرسال.", "Please confirm the declaration first.");
        }

        var state = @case.AttestationCodeJson is null ? null : JsonSerializer.Deserialize<OneTimeCodeState>(@case.AttestationCodeJson);
        if (state is null)
        {
            throw CaseValidationException.Single("code", "noCode", "لم يُرسل رمز تحقق لهذا الطلب، يرجى طلب رمز.", "No one-time code was sent for this request; please ask for one.");
        }

        var verification = OneTimeCode.Verify(state, request.Code, clock);
        @case.AttestationCodeJson = JsonSerializer.Serialize(verification.State);
        if (!verification.IsAccepted)
        {
            // The failed try counts (five at most), so it is saved before the refusal.
            await db.SaveChangesAsync(cancellationToken);
            throw new CaseValidationException([new("code", verification.Result.ToString(), verification.Message)]);
        }

        var settings = await db.Set<AssociationPolicySettings>().AsNoTracking().SingleOrDefaultAsync(s => s.AssociationId == @case.AssociationId, cancellationToken)
            ?? new AssociationPolicySettings();
        var attestation = new Attestation
        {
            Id = Guid.CreateVersion7(),
            AssociationId = @case.AssociationId,
            CaseId = @case.Id,
            Method = "otp",
            AttestedAt = clock.GetUtcNow(),
            DataHash = await AttestedData.HashAsync(db, @case, cancellationToken),
            DeclarationText = settings.DeclarationAr,
            RecordedBy = PublicActor,
        };
        db.Add(attestation);
        await db.SaveChangesAsync(cancellationToken);

        if (@case.WorkflowInstanceId is { } instanceId)
        {
            var open = await runtime.QueryTasksAsync(new TaskQuery(InstanceId: instanceId), cancellationToken);
            if (open.FirstOrDefault(t => t.ElementId == AttestationElement && t.Status == UserTaskStatus.Open) is { } task)
            {
                var data = new Dictionary<string, object?>(StringComparer.Ordinal) { ["method"] = "otp" };
                await runtime.CompleteTaskAsync(task.Id, AttestedOutcome, data, Actor.System, cancellationToken);
            }

            @case.Status = await new Cases.Workflow.CaseStatusProjector(runtime).ProjectAsync(instanceId, cancellationToken) ?? @case.Status;
            await db.SaveChangesAsync(cancellationToken);
        }

        return new PublicAttestationResult(@case.Reference, attestation.Method, attestation.AttestedAt, attestation.DataHash, @case.Status);
    }

    /// <summary>The status of a request in the reader's language, for its applicant (reference and mobile must match).</summary>
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

        // What the applicant was told, with the language-free data each message was rendered from (the outbox row
        // the step wrote), so the page can say it again in the reader's language.
        var sent = await db.Set<NotificationMessage>().AsNoTracking()
            .Where(m => m.CaseId == @case.Id && m.Channel == "portal")
            .Select(m => new { m.Event, m.CreatedAt, m.SourceId })
            .ToListAsync(cancellationToken);
        var sources = sent.Where(m => m.SourceId != null).Select(m => m.SourceId!.Value).Distinct().ToList();
        var payloads = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(o => sources.Contains(o.Id))
            .Select(o => new { o.Id, o.PayloadJson })
            .ToListAsync(cancellationToken);
        var dataBySource = payloads.ToDictionary(p => p.Id, p => NotificationData(p.PayloadJson));
        var updates = sent
            .OrderBy(m => m.CreatedAt)
            .Select(m =>
            {
                var data = m.SourceId is { } source ? dataBySource.GetValueOrDefault(source) ?? [] : [];
                return (Update: new PublicUpdate(m.Event, PublicUpdateText.Title(m.Event), PublicUpdateText.Details(m.Event, data), m.CreatedAt, PublicUpdateText.DayAndTime(m.CreatedAt)), Data: data);
            })
            .ToList();

        var itemsNotice = @case.Status == "awaitingItems"
            ? updates.LastOrDefault(u => u.Update.Event is NotificationEvents.ItemsMissing or NotificationEvents.ItemsReminder)
            : default;
        var missing = itemsNotice.Data is { } itemsData ? NotificationModel.Texts(itemsData.GetValueOrDefault("items"), Ui.Language) ?? [] : [];
        var due = itemsNotice.Data is { } dueData ? PublicUpdateText.Instant(dueData.GetValueOrDefault("dueDate")) : null;
        var rejection = @case.Status == "rejected"
            ? updates.LastOrDefault(u => u.Update.Event == NotificationEvents.CommitteeRejected)
            : default;
        var reasons = rejection.Data is { } rejectionData ? NotificationModel.Texts(rejectionData.GetValueOrDefault("reasons"), Ui.Language) ?? [] : [];
        return new PublicStatus(
            @case.Reference,
            @case.Status,
            TaskText.Status(@case.Status),
            [.. updates.Select(u => u.Update)],
            missing,
            due,
            due is { } deadline ? PublicUpdateText.Day(deadline) : null,
            reasons);
    }

    private static Dictionary<string, object?> NotificationData(string payloadJson)
    {
        try
        {
            using var payload = JsonDocument.Parse(payloadJson);
            return payload.RootElement.ValueKind == JsonValueKind.Object
                && payload.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                ? JsonVariables.Convert(data) as Dictionary<string, object?> ?? []
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>Whether the survey behind <paramref name="token"/> can still be answered: open, answered already, closed, or unknown.</summary>
    public async Task<SurveyState> SurveyStateAsync(string token, CancellationToken cancellationToken)
    {
        var survey = await db.Set<SatisfactionSurvey>().AsNoTracking()
            .Where(s => s.Token == token)
            .Select(s => new { s.AnsweredAt, s.ClosesAt })
            .SingleOrDefaultAsync(cancellationToken);
        return survey is null ? SurveyState.Unknown
            : survey.AnsweredAt is not null ? SurveyState.Answered
            : clock.GetUtcNow() > survey.ClosesAt ? SurveyState.Closed
            : SurveyState.Open;
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

    /// <summary>STEP-4 by one-time code: only the salted hash is kept; the code itself leaves once, by SMS, through the outbox.</summary>
    private async Task<bool> IssueCodeAsync(SupportCase @case, CancellationToken cancellationToken)
    {
        var issued = OneTimeCode.Issue(clock);
        @case.AttestationCodeJson = JsonSerializer.Serialize(issued.State);
        var messages = await composer.ComposeAsync(
            db,
            @case.AssociationId,
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
        return messages.Count > 0;
    }

    /// <summary>The case of <paramref name="reference"/> when <paramref name="mobile"/> is its applicant's; otherwise not found, whichever was wrong.</summary>
    private async Task<SupportCase> ApplicantCaseAsync(string? reference, string? mobile, CancellationToken cancellationToken)
    {
        var phone = SaudiMobile.TryParse(mobile).Value?.E164;
        var @case = reference is null || phone is null
            ? null
            : await db.Set<SupportCase>().SingleOrDefaultAsync(c => c.Reference == reference, cancellationToken);
        var owner = @case?.BeneficiaryId is { } id
            ? await db.Set<Beneficiary>().AsNoTracking().Where(b => b.Id == id).Select(b => b.Mobile).SingleOrDefaultAsync(cancellationToken)
            : null;
        return @case is not null && owner == phone ? @case : throw new CaseNotFoundException("No request with this reference and mobile number");
    }

    private async Task EnsureNotAttestedAsync(SupportCase @case, CancellationToken cancellationToken)
    {
        if (await db.Set<Attestation>().AnyAsync(a => a.CaseId == @case.Id, cancellationToken))
        {
            throw new TaskConflictException("The request is already attested.");
        }
    }
}
