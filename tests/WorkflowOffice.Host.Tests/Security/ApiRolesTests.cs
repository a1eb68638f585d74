using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using WorkflowOffice.Host.Auth;
using WorkflowOffice.Host.Tests.Cases;
using static WorkflowOffice.Host.Tests.Cases.PolicyApi;

namespace WorkflowOffice.Host.Tests.Security;

/// <summary>Taking in cases, adding items and recording enquiries: the API allows exactly the roles the pages allow.</summary>
public abstract class ApiRolesTests(CasesFixture fixture)
{
    [Theory]
    [InlineData("policy@batoor.demo", false)]
    [InlineData("researcher@batoor.demo", false)]
    [InlineData("committee@batoor.demo", false)]
    [InlineData("board@batoor.demo", false)]
    [InlineData("officer@batoor.demo", true)]
    [InlineData("admin@batoor.demo", true)]
    public async Task TakeInEndpoints_AllowTheRolesOfTheIntakePages(string email, bool allowed)
    {
        using var officer = await fixture.SignInAsync(Officer);
        var caseId = (await CreateCaseAsync(officer)).GetProperty("id").GetGuid();
        using var client = await fixture.SignInAsync(email);

        var answers = new[]
        {
            await client.PostAsJsonAsync("/api/cases", new { }),
            await client.PostAsJsonAsync($"/api/cases/{caseId}/items", Array.Empty<object>()),
            await client.PostAsJsonAsync("/api/inquiries", new { }),
        };

        foreach (var answer in answers)
        {
            if (allowed)
            {
                answer.StatusCode.Should().NotBe(HttpStatusCode.Forbidden).And.NotBe(HttpStatusCode.Unauthorized);
            }
            else
            {
                answer.StatusCode.Should().Be(HttpStatusCode.Forbidden, $"{email} cannot take in through the UI either");
            }
        }
    }

    [Fact]
    public void IntakePages_UseTheSamePolicy_AsTheApi()
    {
        var pages = typeof(AuthPolicies).Assembly.GetTypes().Where(t => t.Namespace == "WorkflowOffice.Host.Components.Pages.Intake" && t.Name is "IntakePage" or "Inquiries");

        pages.Should().HaveCount(2);
        pages.Select(p => p.GetCustomAttribute<AuthorizeAttribute>()!.Policy).Should().OnlyContain(p => p == AuthPolicies.TakeIn);
    }

    [Collection(CasesCollection.Name)]
    public sealed class OnPostgres(PostgresCasesFixture fixture) : ApiRolesTests(fixture);

    public sealed class OnSqlite(SqliteCasesFixture fixture) : ApiRolesTests(fixture), IClassFixture<SqliteCasesFixture>;
}
