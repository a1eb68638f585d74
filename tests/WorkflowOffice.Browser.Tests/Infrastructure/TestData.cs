using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowOffice.Activities.Identifiers;
using WorkflowOffice.Host.Associations;
using WorkflowOffice.Host.Cases;
using WorkflowOffice.Host.Cases.Intake;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Browser.Tests.Infrastructure;

/// <summary>Data the browser tests need but that no page makes: earlier survey answers, a survey's link, settings.</summary>
public static class TestData
{
    private static int _sequence;

    /// <summary>A case of <paramref name="supportType"/> taken in by phone, with an answered survey.</summary>
    public static async Task SeedSurveyAnswerAsync(this BrowserHostFixture fixture, string associationCode, string supportType, int csat, int? nps)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowOfficeDbContext>();
        var association = await db.Set<Association>().SingleAsync(a => a.Code == associationCode);
        var n = Interlocked.Increment(ref _sequence);
        var nine = (200000000 + n).ToString(CultureInfo.InvariantCulture);
        var created = await scope.ServiceProvider.GetRequiredService<IntakeService>().CreateCaseAsync(
            association.Id,
            new CaseIntakeRequest("CH-2", "support", supportType,
                new BeneficiaryInput(nine + SaudiNationalId.ComputeCheckDigit(nine), $"مستفيد {n}", null, "male", null, "0551" + n.ToString("000000", CultureInfo.InvariantCulture), null, null, null, "ar"),
                []),
            "test",
            CancellationToken.None);
        var now = DateTimeOffset.UtcNow;
        db.Add(new SatisfactionSurvey
        {
            Id = Guid.CreateVersion7(),
            AssociationId = association.Id,
            CaseId = created.Id,
            Token = Guid.NewGuid().ToString("N"),
            IssuedAt = now.AddDays(-2),
            ClosesAt = now.AddDays(12),
            AnsweredAt = now.AddDays(-1),
            Csat = csat,
            Nps = nps,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>The survey link's token of a case, by reference.</summary>
    public static async Task<string> SurveyTokenAsync(this BrowserHostFixture fixture, string reference)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowOfficeDbContext>();
        return await (
            from s in db.Set<SatisfactionSurvey>()
            join c in db.Set<SupportCase>() on s.CaseId equals c.Id
            where c.Reference == reference
            select s.Token).SingleAsync();
    }

    /// <summary>Sets the committee's quorum of an association (how many votes a decision waits for).</summary>
    public static async Task SetCommitteeQuorumAsync(this BrowserHostFixture fixture, string associationCode, int quorum)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowOfficeDbContext>();
        var association = await db.Set<Association>().SingleAsync(a => a.Code == associationCode);
        var settings = await db.Set<AssociationPolicySettings>().SingleAsync(s => s.AssociationId == association.Id);
        settings.CommitteeQuorum = quorum;
        await db.SaveChangesAsync();
    }
}
