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
    public async Task<IReadOnlyList<TaskView>> ListAsync(string scope, CancellationToken cancellationToken)
    {
        var me = user.UserId.ToString();
        var query = scope == "mine"
            ? new TaskQuery(Assignee: me)
            : new TaskQuery(CandidateRoles: [.. user.Roles]);
        var tasks = await runtime.QueryTasksAsync(query, cancellationToken);
        if (scope != "mine")
        {
            // The queue: open to my roles and not yet claimed by anyone.
            tasks = [.. tasks.Where(t => t.Assignee is null)];
        }

        var instanceIds = tasks.Select(t => t.InstanceId).Distinct().ToList();
        var cases = await CasesOf(instanceIds, cancellationToken);
        var now = clock.GetUtcNow();
        return [.. tasks.Where(t => cases.ContainsKey(t.InstanceId)).Select(t => View(t, cases[t.InstanceId], now))];
    }

    public async Task<TaskView> GetAsync(Guid taskId, CancellationToken cancellationToken)
    {
        var (task, row) = await FindAsync(taskId, cancellationToken);
        return View(task, row, clock.GetUtcNow());
    }

    public async Task<TaskView> ClaimAsync(Guid taskId, CancellationToken cancellationToken)
    {
        var (task, row) = await FindAsync(taskId, cancellationToken);
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
        if (task.Status == UserTaskStatus.Open && task.CandidateRoles.Count > 0 && !task.CandidateRoles.Any(user.IsInRole))
        {
            throw new TaskForbiddenException(task.CandidateRoles);
        }

        var data = JsonVariables.From(completion.Data);
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

    private async Task<Dictionary<Guid, CaseRow>> CasesOf(IReadOnlyList<Guid> instanceIds, CancellationToken cancellationToken)
    {
        var rows = await (
                from c in db.Set<SupportCase>().AsNoTracking()
                where c.AssociationId == user.AssociationId && c.WorkflowInstanceId != null && instanceIds.Contains(c.WorkflowInstanceId.Value)
                join b in db.Set<Beneficiary>() on c.BeneficiaryId equals b.Id into beneficiaries
                from b in beneficiaries.DefaultIfEmpty()
                select new CaseRow(c, b == null ? null : b.NameAr))
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Case.WorkflowInstanceId!.Value);
    }

    private static TaskView View(UserTaskRecord task, SupportCase row, DateTimeOffset now) =>
        View(task, new CaseRow(row, null), now);

    private static TaskView View(UserTaskRecord task, CaseRow row, DateTimeOffset now) => new(
        task.Id,
        row.Case.Id,
        row.Case.Reference,
        row.BeneficiaryName,
        row.Case.Channel,
        row.Case.SupportTypeCode,
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

    private sealed record CaseRow(SupportCase Case, string? BeneficiaryName);
}
