using Microsoft.EntityFrameworkCore;
using WorkflowOffice.Engine.Bpmn;
using WorkflowOffice.Engine.Bpmn.Diff;
using WorkflowOffice.Host.Auth;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Policies;

/// <summary>
/// The life of policy editions in the signed-in user's association: drafts, submission, the board's votes,
/// publishing. Every rule of issue 6 is enforced here, so the API and the pages behave the same. Role checks
/// (who may call what) are the callers' job; tenant isolation and status rules are this class's.
/// </summary>
public sealed class PolicyEditionService(
    WorkflowOfficeDbContext db,
    ICurrentUser user,
    TimeProvider clock,
    ProcedureValidator validator,
    IProcedureDeployer deployer)
{
    public async Task<List<Policy>> ListPoliciesAsync(CancellationToken cancellationToken = default) =>
        await db.Set<Policy>().AsNoTracking().Where(p => p.AssociationId == user.AssociationId).OrderBy(p => p.Key).ToListAsync(cancellationToken);

    public async Task<Policy> GetPolicyAsync(string key, CancellationToken cancellationToken = default) =>
        await db.Set<Policy>().SingleOrDefaultAsync(p => p.AssociationId == user.AssociationId && p.Key == key, cancellationToken)
        ?? throw new PolicyNotFoundException($"There is no policy '{key}'.");

    /// <summary>Every edition of the policy, newest first.</summary>
    public async Task<List<PolicyEdition>> ListEditionsAsync(string key, CancellationToken cancellationToken = default)
    {
        var policy = await GetPolicyAsync(key, cancellationToken);
        return await db.Set<PolicyEdition>().AsNoTracking()
            .Where(e => e.PolicyId == policy.Id && e.AssociationId == user.AssociationId)
            .OrderByDescending(e => e.Number)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The submitted editions the signed-in board member has not voted on yet, oldest submission first.</summary>
    public async Task<List<(Policy Policy, PolicyEdition Edition)>> ListAwaitingVoteAsync(CancellationToken cancellationToken = default)
    {
        var voted = db.Set<EditionVote>().Where(v => v.BoardMemberId == user.UserId).Select(v => v.EditionId);
        var rows = await (
            from e in db.Set<PolicyEdition>().AsNoTracking()
            join p in db.Set<Policy>().AsNoTracking() on e.PolicyId equals p.Id
            where e.AssociationId == user.AssociationId && e.Status == EditionStatus.Submitted && !voted.Contains(e.Id)
            select new { Policy = p, Edition = e }).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Edition.SubmittedAt).Select(r => (r.Policy, r.Edition))];
    }

    public async Task<PolicyEdition> GetEditionAsync(string key, int number, CancellationToken cancellationToken = default)
    {
        var policy = await GetPolicyAsync(key, cancellationToken);
        return await FindEditionAsync(policy, number, cancellationToken);
    }

    public async Task<EditionRecord> GetRecordAsync(string key, int number, CancellationToken cancellationToken = default)
    {
        var policy = await GetPolicyAsync(key, cancellationToken);
        var edition = await FindEditionAsync(policy, number, cancellationToken);
        var votes = await db.Set<EditionVote>().AsNoTracking().Where(v => v.EditionId == edition.Id).OrderBy(v => v.At).ToListAsync(cancellationToken);
        var comments = await db.Set<EditionComment>().AsNoTracking().Where(c => c.EditionId == edition.Id).OrderBy(c => c.At).ToListAsync(cancellationToken);
        var people = votes.Select(v => v.BoardMemberId).Concat(comments.Select(c => c.AuthorId)).Distinct().ToList();
        var names = await db.Users.AsNoTracking()
            .Where(u => people.Contains(u.Id) && u.AssociationId == user.AssociationId)
            .ToDictionaryAsync(u => u.Id, u => (Ar: u.DisplayNameAr, En: u.DisplayNameEn.Length > 0 ? u.DisplayNameEn : u.Email ?? ""), cancellationToken);
        (string Ar, string En) NameOf(Guid id) => names.TryGetValue(id, out var n) ? n : ("", "");
        return new EditionRecord(
            policy,
            edition,
            [.. votes.Select(v => new EditionVoteView(v.BoardMemberId, NameOf(v.BoardMemberId).Ar, NameOf(v.BoardMemberId).En, v.Vote, v.Comment, v.At))],
            [.. comments.Select(c => new EditionCommentView(c.AuthorId, NameOf(c.AuthorId).Ar, NameOf(c.AuthorId).En, c.Text, c.ElementId, c.At))],
            await QuorumAsync(cancellationToken));
    }

    /// <summary>
    /// A new draft, numbered after the last edition, holding <paramref name="bpmnXml"/> or, when it is null, a copy
    /// of edition <paramref name="fromNumber"/> (default: the published one). One edition at a time may be in
    /// progress (draft, submitted or approved), so that the numbering follows the board's decisions.
    /// </summary>
    public async Task<PolicyEdition> CreateDraftAsync(string key, string? bpmnXml, int? fromNumber, CancellationToken cancellationToken = default)
    {
        if (bpmnXml is not null)
        {
            RequireStorable(bpmnXml);
        }

        var policy = await GetPolicyAsync(key, cancellationToken);
        var editions = await db.Set<PolicyEdition>().Where(e => e.PolicyId == policy.Id).ToListAsync(cancellationToken);
        if (editions.FirstOrDefault(e => e.Status is EditionStatus.Draft or EditionStatus.Submitted or EditionStatus.Approved) is { } open)
        {
            throw new EditionConflictException("edition-in-progress", $"Edition {open.Number} is still {open.Status.ToString().ToLowerInvariant()}; finish it before starting another.");
        }

        PolicyEdition? source = fromNumber is { } n
            ? editions.FirstOrDefault(e => e.Number == n) ?? throw new PolicyNotFoundException($"Policy '{key}' has no edition {n}.")
            : editions.FirstOrDefault(e => e.Status == EditionStatus.Published);
        var xml = bpmnXml ?? source?.BpmnXml ?? throw new EditionConflictException("no-source", "Give a .bpmn file: there is no published edition to start from.");
        var now = clock.GetUtcNow();
        var draft = new PolicyEdition
        {
            Id = Guid.NewGuid(),
            AssociationId = user.AssociationId,
            PolicyId = policy.Id,
            Number = editions.Count == 0 ? 1 : editions.Max(e => e.Number) + 1,
            Year = now.Year,
            Status = EditionStatus.Draft,
            BpmnXml = xml,
            TemplatesJson = source?.TemplatesJson ?? "{}",
            SettingsJson = source?.SettingsJson ?? "{}",
            RevisedFromNumber = bpmnXml is null ? source?.Number : null,
            CreatedBy = user.UserId,
            CreatedAt = now,
        };
        db.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        return draft;
    }

    /// <summary>Saves the diagram of a draft; returns its validation problems (saving is allowed with problems).</summary>
    public async Task<IReadOnlyList<ValidationProblem>> SaveProcedureAsync(string key, int number, string bpmnXml, CancellationToken cancellationToken = default)
    {
        var edition = await GetEditionAsync(key, number, cancellationToken);
        RequireDraft(edition, "saved");
        RequireStorable(bpmnXml);
        edition.BpmnXml = bpmnXml;
        Touch(edition);
        await db.SaveChangesAsync(cancellationToken);
        return validator.Validate(bpmnXml);
    }

    /// <summary>Nothing is stored that cannot be opened again: refused (422) before the draft changes.</summary>
    private void RequireStorable(string bpmnXml)
    {
        var problems = validator.Unstorable(bpmnXml);
        if (problems.Count > 0)
        {
            throw new ProcedureInvalidException(problems);
        }
    }

    /// <summary>Sends a draft to the board; refused with the list of problems when the procedure is not valid.</summary>
    public async Task<PolicyEdition> SubmitAsync(string key, int number, CancellationToken cancellationToken = default)
    {
        var edition = await GetEditionAsync(key, number, cancellationToken);
        RequireDraft(edition, "submitted");
        var problems = validator.Validate(edition.BpmnXml);
        if (problems.Count > 0)
        {
            throw new ProcedureInvalidException(problems);
        }

        edition.Status = EditionStatus.Submitted;
        edition.SubmittedBy = user.UserId;
        edition.SubmittedAt = clock.GetUtcNow();
        Touch(edition);
        await db.SaveChangesAsync(cancellationToken);
        return edition;
    }

    /// <summary>
    /// Records the signed-in board member's vote. A return (with a comment) returns the edition at once; approve
    /// votes reaching the quorum approve it and record the content's SHA-256.
    /// </summary>
    public async Task<PolicyEdition> VoteAsync(string key, int number, VoteChoice vote, string? comment, CancellationToken cancellationToken = default)
    {
        var edition = await GetEditionAsync(key, number, cancellationToken);
        if (edition.Status != EditionStatus.Submitted)
        {
            throw new EditionConflictException("not-submitted", $"Edition {number} is {Describe(edition.Status)}: the board votes only on a submitted edition.");
        }

        if (vote == VoteChoice.Return && string.IsNullOrWhiteSpace(comment))
        {
            throw new ArgumentException("A return vote needs a comment that tells the owner what to revise.", nameof(comment));
        }

        var votes = db.Set<EditionVote>().Where(v => v.EditionId == edition.Id);
        if (await votes.AnyAsync(v => v.BoardMemberId == user.UserId, cancellationToken))
        {
            throw new EditionConflictException("already-voted", $"You have already voted on edition {number}.");
        }

        var now = clock.GetUtcNow();
        db.Add(new EditionVote
        {
            Id = Guid.NewGuid(),
            AssociationId = user.AssociationId,
            EditionId = edition.Id,
            BoardMemberId = user.UserId,
            Vote = vote,
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
            At = now,
        });

        if (vote == VoteChoice.Return)
        {
            edition.Status = EditionStatus.Returned;
            edition.ReturnedBy = user.UserId;
            edition.ReturnedAt = now;
        }
        else if (await votes.CountAsync(v => v.Vote == VoteChoice.Approve, cancellationToken) + 1 >= await QuorumAsync(cancellationToken))
        {
            edition.Status = EditionStatus.Approved;
            edition.ApprovedBy = user.UserId;
            edition.ApprovedAt = now;
            edition.ApprovedSha256 = EditionContent.Sha256(edition);
        }

        Touch(edition);
        await db.SaveChangesAsync(cancellationToken);
        return edition;
    }

    public async Task CommentAsync(string key, int number, string text, string? elementId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException("The comment is empty.", nameof(text));
        }

        var edition = await GetEditionAsync(key, number, cancellationToken);
        db.Add(new EditionComment
        {
            Id = Guid.NewGuid(),
            AssociationId = user.AssociationId,
            EditionId = edition.Id,
            AuthorId = user.UserId,
            Text = text.Trim(),
            ElementId = string.IsNullOrWhiteSpace(elementId) ? null : elementId.Trim(),
            At = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Publishes an approved, unchanged edition: records the board meeting, deploys its procedure as a new
    /// definition version (new cases run on it; running cases keep theirs) and supersedes the previous edition.
    /// </summary>
    public async Task<PolicyEdition> PublishAsync(string key, int number, BoardMeeting meeting, CancellationToken cancellationToken = default)
    {
        if (meeting.MeetingNumber < 1 || meeting.BoardCycle < 1)
        {
            throw new ArgumentException("The meeting number and the board cycle start at 1.", nameof(meeting));
        }

        var policy = await GetPolicyAsync(key, cancellationToken);
        var edition = await FindEditionAsync(policy, number, cancellationToken);
        switch (edition.Status)
        {
            case EditionStatus.Approved:
                break;
            case EditionStatus.Returned:
                throw new EditionConflictException("returned", $"Edition {number} was returned by the board; only an approved edition can be published.");
            case EditionStatus.Published or EditionStatus.Superseded:
                throw new EditionConflictException("already-published", $"Edition {number} is already {Describe(edition.Status)}.");
            default:
                throw new EditionConflictException("not-approved", $"Edition {number} is {Describe(edition.Status)}; only an approved edition can be published.");
        }

        var hash = EditionContent.Sha256(edition);
        if (!string.Equals(hash, edition.ApprovedSha256, StringComparison.Ordinal))
        {
            throw new EditionConflictException("tampered", $"Edition {number} changed after the board approved it (SHA-256 {hash[..12]}… instead of {edition.ApprovedSha256?[..Math.Min(12, edition.ApprovedSha256.Length)]}…); it cannot be published.");
        }

        var associationCode = await db.Associations.Where(a => a.Id == user.AssociationId).Select(a => a.Code).SingleAsync(cancellationToken);
        var deployed = await deployer.DeployAsync(DefinitionKey(policy.Key, associationCode), edition.BpmnXml, cancellationToken);
        var now = clock.GetUtcNow();
        var previous = await db.Set<PolicyEdition>()
            .Where(e => e.PolicyId == policy.Id && e.Status == EditionStatus.Published)
            .ToListAsync(cancellationToken);
        foreach (var old in previous)
        {
            old.Status = EditionStatus.Superseded;
            old.SupersededAt = now;
            Touch(old);
        }

        edition.Status = EditionStatus.Published;
        edition.PublishedBy = user.UserId;
        edition.PublishedAt = now;
        edition.BoardMeetingNumber = meeting.MeetingNumber;
        edition.BoardCycle = meeting.BoardCycle;
        edition.MeetingDate = meeting.MeetingDate;
        edition.DefinitionKey = deployed.DefinitionKey;
        edition.DefinitionVersion = deployed.DefinitionVersion;
        Touch(edition);
        await db.SaveChangesAsync(cancellationToken);
        return edition;
    }

    /// <summary>Edition <paramref name="number"/> against <paramref name="against"/> (default: the published edition,
    /// or the one before it when <paramref name="number"/> is the published one).</summary>
    public async Task<EditionDiff> DiffAsync(string key, int number, int? against, CancellationToken cancellationToken = default)
    {
        var policy = await GetPolicyAsync(key, cancellationToken);
        var edition = await FindEditionAsync(policy, number, cancellationToken);
        PolicyEdition? baseline;
        if (against is { } m)
        {
            baseline = await FindEditionAsync(policy, m, cancellationToken);
        }
        else
        {
            baseline = await db.Set<PolicyEdition>().AsNoTracking()
                .Where(e => e.PolicyId == policy.Id && e.Number != number && (e.Status == EditionStatus.Published || e.Status == EditionStatus.Superseded))
                .OrderByDescending(e => e.Status == EditionStatus.Published)
                .ThenByDescending(e => e.Number)
                .FirstOrDefaultAsync(cancellationToken);
        }

        baseline ??= edition;
        return new EditionDiff(number, baseline.Number, baseline.BpmnXml, edition.BpmnXml, ProcedureDiff.Compare(baseline.BpmnXml, edition.BpmnXml));
    }

    /// <summary>The configured quorum, or a majority of the association's board members (at least 1).</summary>
    public async Task<int> QuorumAsync(CancellationToken cancellationToken = default)
    {
        var configured = await db.Set<BoardSettings>().AsNoTracking()
            .Where(s => s.AssociationId == user.AssociationId).Select(s => (int?)s.Quorum).SingleOrDefaultAsync(cancellationToken);
        if (configured is { } quorum and > 0)
        {
            return quorum;
        }

        var boardRoleId = await db.Roles.Where(r => r.Name == Roles.BoardMember).Select(r => r.Id).SingleOrDefaultAsync(cancellationToken);
        var members = await (
            from membership in db.UserRoles
            join member in db.Users on membership.UserId equals member.Id
            where membership.RoleId == boardRoleId && member.AssociationId == user.AssociationId
            select member.Id).CountAsync(cancellationToken);
        return (members / 2) + 1;
    }

    public IReadOnlyList<ValidationProblem> Validate(string bpmnXml) => validator.Validate(bpmnXml);

    /// <summary>The engine definition key of a policy in an association: definitions are global, policies are not.</summary>
    public static string DefinitionKey(string policyKey, string associationCode) => $"{policyKey}.{associationCode.ToLowerInvariant()}";

    private async Task<PolicyEdition> FindEditionAsync(Policy policy, int number, CancellationToken cancellationToken) =>
        await db.Set<PolicyEdition>().SingleOrDefaultAsync(e => e.PolicyId == policy.Id && e.AssociationId == user.AssociationId && e.Number == number, cancellationToken)
        ?? throw new PolicyNotFoundException($"Policy '{policy.Key}' has no edition {number}.");

    private static void RequireDraft(PolicyEdition edition, string what)
    {
        if (edition.Status != EditionStatus.Draft)
        {
            throw new EditionConflictException("not-draft", $"Edition {edition.Number} is {Describe(edition.Status)}; only a draft can be {what}.");
        }
    }

    private static void Touch(PolicyEdition edition) => edition.ConcurrencyStamp = Guid.NewGuid();

    private static string Describe(EditionStatus status) => status switch
    {
        EditionStatus.Draft => "a draft",
        EditionStatus.Submitted => "submitted to the board",
        EditionStatus.Approved => "approved",
        EditionStatus.Returned => "returned by the board",
        EditionStatus.Published => "published",
        _ => "superseded",
    };
}
