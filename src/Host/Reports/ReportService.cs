using Microsoft.EntityFrameworkCore;
using WorkflowOffice.Activities.Survey;
using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Host.Auth;
using WorkflowOffice.Host.Cases;
using WorkflowOffice.Host.Persistence;
using WorkflowOffice.Host.SupportTypes;
using WorkflowOffice.Host.Workflows.Persistence;

namespace WorkflowOffice.Host.Reports;

/// <summary>
/// The association's reports (GOAL-5, STEP-5): cases by stage, committee decisions within two weeks, average time
/// per step, channel mix and satisfaction, each over a <see cref="ReportPeriod"/>. Every query is filtered by the signed-in user's association.
/// </summary>
public sealed class ReportService(WorkflowOfficeDbContext db, ICurrentUser user)
{
    /// <summary>The committee's deadline (STEP-5), as the policy reads it.</summary>
    public static readonly TimeSpan CommitteeDeadline = TimeSpan.FromDays(14);

    private const string CommitteeVoteElement = "committeeVote";

    public async Task<IReadOnlyList<CountRow>> CasesByStageAsync(ReportPeriod? period = null, CancellationToken cancellationToken = default)
    {
        var associationId = user.AssociationId;
        var rows = await db.Set<SupportCase>().AsNoTracking()
            .Where(c => c.AssociationId == associationId)
            .Where(Submitted(period))
            .GroupBy(c => c.Status)
            .Select(g => new CountRow(g.Key, g.Count()))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(r => r.Count)];
    }

    public async Task<IReadOnlyList<CountRow>> ChannelMixAsync(ReportPeriod? period = null, CancellationToken cancellationToken = default)
    {
        var associationId = user.AssociationId;
        var rows = await db.Set<SupportCase>().AsNoTracking()
            .Where(c => c.AssociationId == associationId)
            .Where(Submitted(period))
            .GroupBy(c => c.Channel)
            .Select(g => new CountRow(g.Key, g.Count()))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Key, StringComparer.Ordinal)];
    }

    /// <summary>How long each procedure step (user task) took on average, over the tasks completed in the period.</summary>
    public async Task<IReadOnlyList<StepDurationRow>> AverageTimePerStepAsync(ReportPeriod? period = null, CancellationToken cancellationToken = default)
    {
        period ??= ReportPeriod.All;
        var associationId = user.AssociationId;
        var tasks = await db.Set<WorkflowTaskRow>().AsNoTracking()
            .Where(t => t.AssociationId == associationId && t.Status == UserTaskStatus.Completed && t.ClosedAt != null)
            .Select(t => new { t.ElementId, t.Name, t.Form, t.CreatedAt, t.ClosedAt })
            .ToListAsync(cancellationToken);
        return [.. tasks
            .Where(t => period.Contains(t.ClosedAt!.Value))
            .GroupBy(t => t.ElementId)
            .Select(g => new StepDurationRow(
                g.Key, g.First().Name, g.First().Form, g.Count(), TimeSpan.FromTicks((long)g.Average(t => (t.ClosedAt!.Value - t.CreatedAt).Ticks))))
            .OrderByDescending(r => r.Average)];
    }

    /// <summary>
    /// A case went to the committee when its first vote task opened, and was decided when its last vote task closed
    /// with the case accepted or rejected.
    /// </summary>
    public async Task<CommitteeTimeliness> CommitteeTimelinessAsync(ReportPeriod? period = null, CancellationToken cancellationToken = default)
    {
        var associationId = user.AssociationId;
        var decided = await (
                from c in db.Set<SupportCase>().AsNoTracking()
                where c.AssociationId == associationId && (c.Status == "accepted" || c.Status == "rejected" || c.Status == "registered"
                    || c.Status == "delivered" || c.Status == "served")
                join t in db.Set<WorkflowTaskRow>() on c.WorkflowInstanceId equals t.InstanceId
                where t.ElementId == CommitteeVoteElement
                select new { c.Id, t.CreatedAt, t.ClosedAt })
            .ToListAsync(cancellationToken);
        var cases = decided
            .GroupBy(r => r.Id)
            .Select(g => (Sent: g.Min(r => r.CreatedAt), Decided: g.Max(r => r.ClosedAt)))
            .Where(c => c.Decided is not null && (period ?? ReportPeriod.All).Contains(c.Decided.Value))
            .Select(c => (c.Sent, Decided: c.Decided!.Value, OnTime: c.Decided!.Value - c.Sent <= CommitteeDeadline))
            .ToList();
        var trend = cases
            .GroupBy(c => c.Decided.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new MonthShare(g.Key, g.Count(), g.Count(c => c.OnTime)))
            .ToList();
        return new CommitteeTimeliness(cases.Count, cases.Count(c => c.OnTime), trend);
    }

    /// <summary>The association's support types by code, for names in the reader's language.</summary>
    public async Task<IReadOnlyDictionary<string, (string Ar, string En)>> SupportTypeNamesAsync(CancellationToken cancellationToken = default)
    {
        var associationId = user.AssociationId;
        var types = await db.Set<AssociationSupportType>().AsNoTracking()
            .Where(t => t.AssociationId == associationId)
            .Select(t => new { t.Code, t.NameAr, t.NameEn })
            .ToListAsync(cancellationToken);
        return types.GroupBy(t => t.Code).ToDictionary(g => g.Key, g => (g.First().NameAr, g.First().NameEn));
    }

    public async Task<SatisfactionReport> SatisfactionAsync(ReportPeriod? period = null, CancellationToken cancellationToken = default)
    {
        var associationId = user.AssociationId;
        var answers = await (
                from s in db.Set<SatisfactionSurvey>().AsNoTracking()
                where s.AssociationId == associationId && s.AnsweredAt != null && s.Csat != null
                join c in db.Set<SupportCase>() on s.CaseId equals c.Id
                select new { Service = c.SupportTypeCode ?? "", c.Channel, s.AnsweredAt, s.Csat, s.Nps, s.Comment, s.IsAnonymous })
            .ToListAsync(cancellationToken);
        var rows = answers
            .Where(a => (period ?? ReportPeriod.All).Contains(a.AnsweredAt!.Value))
            .Select(a => (a.Service, a.Channel, Month: a.AnsweredAt!.Value.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
                Answer: new SurveyAnswer(a.Csat!.Value, a.Nps, a.Comment, a.IsAnonymous)))
            .Where(a => a.Answer.IsValid)
            .ToList();

        List<SatisfactionRow> By(string dimension, Func<(string Service, string Channel, string Month, SurveyAnswer Answer), string> key) =>
            [.. rows.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new SatisfactionRow(dimension, g.Key, SatisfactionAggregate.Compute([.. g.Select(r => r.Answer)])))];

        var byService = By("service", r => r.Service);
        // Comments are shown only for services whose group is large enough to show figures, for the same reason.
        var shownServices = byService.Where(r => !r.Summary.NotEnoughAnswers).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        var comments = rows.Where(r => shownServices.Contains(r.Service) && !string.IsNullOrWhiteSpace(r.Answer.Comment))
            .Select(r => r.Answer.Comment!.Trim())
            .Take(50)
            .ToList();
        return new SatisfactionReport(byService, By("channel", r => r.Channel), By("month", r => r.Month), comments);
    }

    private static System.Linq.Expressions.Expression<Func<SupportCase, bool>> Submitted(ReportPeriod? period)
    {
        var from = period?.From ?? DateOnly.MinValue;
        var to = period?.To ?? DateOnly.MaxValue;
        return c => c.SubmittedOn >= from && c.SubmittedOn <= to;
    }
}
