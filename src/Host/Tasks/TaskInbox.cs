using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowOffice.Activities.Attestation;
using WorkflowOffice.Activities.Committee;
using WorkflowOffice.Activities.Policy;
using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Host.Auth;
using WorkflowOffice.Host.Beneficiaries;
using WorkflowOffice.Host.Cases;
using WorkflowOffice.Host.Cases.Workflow;
using WorkflowOffice.Host.Inquiries;
using WorkflowOffice.Host.Persistence;
using WorkflowOffice.Host.SupportTypes;
using WorkflowOffice.Host.Tasks.Forms;
using WorkflowOffice.Host.Workflows.Persistence;

namespace WorkflowOffice.Host.Tasks;

/// <summary>
/// The staff inbox: my claimed tasks and my roles' open queue, claim, release and complete. Every task is reached
/// through its case, so a task of another association is not found (404). Forms with a meaning in the policy are
/// recorded in their tables: the committee vote (STEP-5), the attestation (STEP-4), the service delivered (STEP-7),
/// the answer to an enquiry (STEP-1).
/// </summary>
public sealed class TaskInbox(
    WorkflowOfficeDbContext db,
    WorkflowRuntime runtime,
    ICurrentUser user,
    CaseStatusProjector statuses,
    TimeProvider clock)
{
    /// <summary>All tasks of one list (<c>mine</c> or <c>queue</c>), for the API.</summary>
    public async Task<IReadOnlyList<TaskView>> ListAsync(string scope, CancellationToken cancellationToken) =>
        (await QueryAsync(new InboxQuery(scope), cancellationToken)).Items;

    /// <summary>
    /// One inbox list, filtered, sorted and cut by the database in one query (tasks joined to their cases and
    /// beneficiaries, restricted to the user's association by the task rows' own column), plus a count only when
    /// the page is full.
    /// </summary>
    public async Task<InboxPage> QueryAsync(InboxQuery query, CancellationToken cancellationToken)
    {
        var associationId = user.AssociationId;
        var now = clock.GetUtcNow();
        var tasks = db.Set<WorkflowTaskRow>().AsNoTracking()
            .Where(t => t.AssociationId == associationId && t.Status == UserTaskStatus.Open);
        if (query.Scope == "mine")
        {
            var me = user.UserId.ToString();
            tasks = tasks.Where(t => t.Assignee == me);
        }
        else
        {
            // The queue: open to my roles (or to anyone) and not yet claimed.
            var roles = user.Roles.ToArray();
            var candidates = db.Set<WorkflowTaskCandidateRow>().Where(c => c.AssociationId == associationId);
            tasks = tasks.Where(t => t.Assignee == null && (t.CandidateRoles == "" || candidates.Any(c => c.TaskId == t.Id && roles.Contains(c.Role))));
        }

        if (!string.IsNullOrEmpty(query.Type))
        {
            tasks = tasks.Where(t => (t.Form ?? t.ElementId) == query.Type);
        }

        var nowDb = now.UtcDateTime;
        if (query.Due == "overdue")
        {
            tasks = tasks.Where(t => t.DueAt != null && t.DueAt < nowDb);
        }
        else if (query.Due == "soon")
        {
            var soon = nowDb.AddDays(2);
            tasks = tasks.Where(t => t.DueAt != null && t.DueAt < soon);
        }

        var cases = db.Set<SupportCase>().AsNoTracking().Where(c => c.AssociationId == associationId);
        if (query.CaseIds is { } caseIds)
        {
            var ids = caseIds.ToArray();
            cases = cases.Where(c => ids.Contains(c.Id));
        }

        if (!string.IsNullOrEmpty(query.Channel))
        {
            cases = cases.Where(c => c.Channel == query.Channel);
        }

        if (!string.IsNullOrEmpty(query.SupportType))
        {
            cases = cases.Where(c => c.SupportTypeCode == query.SupportType);
        }

        var rows = from t in tasks
                   join c in cases on (Guid?)t.InstanceId equals c.WorkflowInstanceId
                   join b in db.Set<Beneficiary>() on c.BeneficiaryId equals b.Id into beneficiaries
                   from b in beneficiaries.DefaultIfEmpty()
                   select new { Task = t, CaseId = c.Id, c.Reference, c.Channel, c.SupportTypeCode, BeneficiaryName = b == null ? null : b.NameAr };
        rows = query.Sort == "created"
            ? rows.OrderByDescending(r => r.Task.CreatedAt).ThenBy(r => r.Task.Id)
            : rows.OrderBy(r => r.Task.DueAt == null).ThenBy(r => r.Task.DueAt).ThenBy(r => r.Task.CreatedAt).ThenBy(r => r.Task.Id);

        var items = await (query.Take is { } take ? rows.Take(take) : rows).ToListAsync(cancellationToken);
        var total = query.Take is { } limit && items.Count >= limit ? await rows.CountAsync(cancellationToken) : items.Count;
        return new InboxPage(
            [.. items.Select(r => View(WorkflowRows.ToRecord(r.Task), new InboxRow(r.CaseId, r.Reference, r.Channel, r.SupportTypeCode, r.BeneficiaryName), now))],
            total);
    }

    /// <summary>The association's active support types with their names (the inbox filter's choices and labels).</summary>
    public async Task<IReadOnlyList<SupportTypeName>> SupportTypesAsync(CancellationToken cancellationToken) =>
        await db.Set<AssociationSupportType>().AsNoTracking()
            .Where(s => s.AssociationId == user.AssociationId && s.IsActive)
            .OrderBy(s => s.Code)
            .Select(s => new SupportTypeName(s.Code, s.NameAr, s.NameEn))
            .ToListAsync(cancellationToken);

    public async Task<TaskView> GetAsync(Guid taskId, CancellationToken cancellationToken)
    {
        var (task, row) = await FindAsync(taskId, cancellationToken);
        return View(task, row, clock.GetUtcNow());
    }

    public async Task<TaskView> ClaimAsync(Guid taskId, CancellationToken cancellationToken)
    {
        var (task, row) = await FindAsync(taskId, cancellationToken);
        RequireCandidate(task);
        await RunAsync(() => runtime.ClaimTaskAsync(taskId, Actor(), cancellationToken), task);
        return await GetAsync(taskId, cancellationToken);
    }

    public async Task<TaskView> ReleaseAsync(Guid taskId, CancellationToken cancellationToken)
    {
        var (task, _) = await FindAsync(taskId, cancellationToken);
        await RunAsync(() => runtime.ReleaseTaskAsync(taskId, Actor(), cancellationToken), task);
        return await GetAsync(taskId, cancellationToken);
    }

    public async Task<TaskView> CompleteAsync(Guid taskId, TaskCompletion completion, CancellationToken cancellationToken)
    {
        var (task, row) = await FindAsync(taskId, cancellationToken);
        RequireCandidate(task);

        // Only the form's declared fields reach the workflow: never caseId, associationId or another reserved variable.
        var data = TaskForms.Accept(task.Form, completion.Data);
        var record = task.Status == UserTaskStatus.Open
            ? await PrepareFormAsync(task, row, completion.Outcome, data, cancellationToken)
            : null;
        await RunAsync(() => runtime.CompleteTaskAsync(taskId, completion.Outcome, data, Actor(), cancellationToken), task);
        if (record is not null)
        {
            db.Add(record);
        }

        await RefreshStatusAsync(row, cancellationToken);
        return await GetAsync(taskId, cancellationToken);
    }

    /// <summary>Updates the case's stored status from the journal (also called after timers and messages).</summary>
    public async Task RefreshStatusAsync(SupportCase row, CancellationToken cancellationToken)
    {
        var tracked = await db.Set<SupportCase>().SingleAsync(c => c.Id == row.Id, cancellationToken);
        if (tracked.WorkflowInstanceId is { } instanceId)
        {
            tracked.Status = await statuses.ProjectAsync(instanceId, cancellationToken) ?? tracked.Status;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<object?> PrepareFormAsync(UserTaskRecord task, SupportCase row, string? outcome, Dictionary<string, object?> data, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        switch (task.Form)
        {
            case "committee-vote":
            {
                var choice = outcome == TallyCommitteeActivity.RejectVote ? CommitteeVoteChoice.Reject : CommitteeVoteChoice.Accept;
                var reasons = data.GetValueOrDefault(PolicyVariables.Reasons) as string;
                if (CommitteeVote.Validate(choice, reasons) is { } error)
                {
                    throw new CaseValidationException([error with { Field = "data.reasons" }]);
                }

                // The member is the signed-in user, never a value the client chooses.
                data[PolicyVariables.MemberId] = user.UserId.ToString();
                return new CommitteeVoteRecord
                {
                    Id = Guid.CreateVersion7(), AssociationId = row.AssociationId, CaseId = row.Id, MemberId = user.UserId,
                    Choice = outcome ?? "", Reasons = reasons, CastAt = now,
                };
            }

            case "attestation" when outcome == "attested":
                return await PrepareAttestationAsync(row, data, now, cancellationToken);

            case "service-delivery":
            {
                if (data.GetValueOrDefault("serviceName") is not string { Length: > 0 } serviceName)
                {
                    throw CaseValidationException.Single("data.serviceName", "required", "يرجى ذكر الخدمة المقدمة.", "Please say what was delivered.");
                }

                var deliveredOn = data.GetValueOrDefault("deliveredOn") is string text && DateOnly.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var day)
                    ? day
                    : DateOnly.FromDateTime(now.UtcDateTime);
                data["deliveredOn"] = deliveredOn.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
                return new ServiceDelivery
                {
                    Id = Guid.CreateVersion7(), AssociationId = row.AssociationId, CaseId = row.Id, ServiceName = serviceName,
                    DeliveredOn = deliveredOn, DeliveredBy = user.UserId, Quantity = data.GetValueOrDefault("quantity") as decimal?,
                    Amount = data.GetValueOrDefault("amount") as decimal?, RecordedAt = now,
                };
            }

            case "inquiry-answer":
            {
                if (data.GetValueOrDefault(PolicyVariables.Answer) is not string { Length: > 0 } answer)
                {
                    throw CaseValidationException.Single("data.answer", "required", "يرجى كتابة الإجابة.", "Please write the answer.");
                }

                var inquiry = await db.Set<Inquiry>().SingleOrDefaultAsync(i => i.CaseId == row.Id, cancellationToken);
                if (inquiry is not null)
                {
                    inquiry.Answer = answer;
                    inquiry.AnsweredAt = now;
                    inquiry.AnsweredBy = user.UserId.ToString();
                }

                return null;
            }

            default:
                return null;
        }
    }

    private async Task<Attestation> PrepareAttestationAsync(SupportCase row, Dictionary<string, object?> data, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var method = data.GetValueOrDefault("method") as string;
        var tracked = await db.Set<SupportCase>().SingleAsync(c => c.Id == row.Id, cancellationToken);
        string? signature = null;
        if (method == "signature")
        {
            signature = data.GetValueOrDefault("signature") as string;
            if (string.IsNullOrWhiteSpace(signature))
            {
                throw CaseValidationException.Single("data.signature", "required", "يرجى توقيع الإقرار.", "Please sign the declaration.");
            }
        }
        else if (method == "otp")
        {
            var state = tracked.AttestationCodeJson is null ? null : JsonSerializer.Deserialize<OneTimeCodeState>(tracked.AttestationCodeJson);
            if (state is null)
            {
                throw CaseValidationException.Single("data.code", "noCode", "لم يُرسل رمز تحقق لهذه الحالة.", "No one-time code was sent for this case.");
            }

            var verification = OneTimeCode.Verify(state, data.GetValueOrDefault("code") as string, clock);
            tracked.AttestationCodeJson = JsonSerializer.Serialize(verification.State);
            if (!verification.IsAccepted)
            {
                await db.SaveChangesAsync(cancellationToken);
                throw new CaseValidationException([new("data.code", verification.Result.ToString(), verification.Message)]);
            }
        }
        else
        {
            throw CaseValidationException.Single("data.method", "method", "طريقة الإقرار: توقيع أو رمز تحقق.", "The attestation method is signature or otp.");
        }

        // The code and signature are evidence, not process data: keep them out of the instance variables.
        data.Remove("code");
        data.Remove("signature");
        var settings = await db.Set<AssociationPolicySettings>().AsNoTracking().SingleOrDefaultAsync(s => s.AssociationId == row.AssociationId, cancellationToken)
            ?? new AssociationPolicySettings();
        return new Attestation
        {
            Id = Guid.CreateVersion7(),
            AssociationId = row.AssociationId,
            CaseId = row.Id,
            Method = method,
            AttestedAt = now,
            DataHash = await AttestedData.HashAsync(db, row, cancellationToken),
            DeclarationText = settings.DeclarationAr,
            Signature = signature,
            RecordedBy = user.UserId.ToString(),
        };
    }

    /// <summary>Another role's task is refused (403) before anything about its state (claimed, by whom) is told.</summary>
    private void RequireCandidate(UserTaskRecord task)
    {
        if (task.Status == UserTaskStatus.Open && task.CandidateRoles.Count > 0 && !task.CandidateRoles.Any(user.IsInRole))
        {
            throw new TaskForbiddenException(task.CandidateRoles);
        }
    }

    private async Task RunAsync(Func<ValueTask<InstanceState>> command, UserTaskRecord task)
    {
        try
        {
            await command();
        }
        catch (NotCandidateException)
        {
            throw new TaskForbiddenException(task.CandidateRoles);
        }
        catch (TaskAlreadyCompletedException ex)
        {
            var name = await DisplayNameAsync(ex.CompletedBy);
            throw new TaskConflictException($"The task was already completed by {name}.", name);
        }
        catch (TaskClaimedByOtherException ex)
        {
            var name = await DisplayNameAsync(ex.Assignee);
            throw new TaskConflictException($"The task is claimed by {name}.");
        }
        catch (TaskWithdrawnException)
        {
            throw new TaskConflictException("The task was withdrawn and can no longer be worked on.");
        }
        catch (InvalidOutcomeException ex)
        {
            throw CaseValidationException.Single("outcome", "outcome", "النتيجة غير مقبولة لهذه المهمة.", ex.Message);
        }
    }

    private async Task<string> DisplayNameAsync(string? actorId)
    {
        if (Guid.TryParse(actorId, out var id))
        {
            var found = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => new { u.DisplayNameEn, u.Email }).SingleOrDefaultAsync();
            if (found is not null)
            {
                return $"{found.DisplayNameEn} ({found.Email})";
            }
        }

        return actorId ?? "someone else";
    }

    private async Task<(UserTaskRecord Task, SupportCase Case)> FindAsync(Guid taskId, CancellationToken cancellationToken)
    {
        var task = await runtime.GetTaskAsync(taskId, cancellationToken) ?? throw new CaseNotFoundException("The task");
        var row = await db.Set<SupportCase>().AsNoTracking()
            .SingleOrDefaultAsync(c => c.WorkflowInstanceId == task.InstanceId && c.AssociationId == user.AssociationId, cancellationToken)
            ?? throw new CaseNotFoundException("The task");
        return (task, row);
    }

    private static TaskView View(UserTaskRecord task, SupportCase row, DateTimeOffset now) =>
        View(task, new InboxRow(row.Id, row.Reference, row.Channel, row.SupportTypeCode, null), now);

    private static TaskView View(UserTaskRecord task, InboxRow row, DateTimeOffset now) => new(
        task.Id,
        row.CaseId,
        row.Reference,
        row.BeneficiaryName,
        row.Channel,
        row.SupportType,
        task.ElementId,
        task.Name,
        task.Form,
        task.Outcomes,
        task.CandidateRoles,
        task.Assignee,
        task.CreatedAt,
        task.DueAt,
        task.Status == UserTaskStatus.Open && task.DueAt < now,
        task.Priority,
        task.Status.ToString());

    private Actor Actor() => Engine.Runtime.Actor.User(user.UserId.ToString(), [.. user.Roles]);

    private sealed record InboxRow(Guid CaseId, string Reference, string Channel, string? SupportType, string? BeneficiaryName);
}
