using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowOffice.Host.Beneficiaries;
using WorkflowOffice.Host.Tests.Cases;
using static WorkflowOffice.Host.Tests.Cases.PolicyApi;

namespace WorkflowOffice.Host.Tests.Security;

/// <summary>Strings longer than their column or holding control characters are field problems (400), never 500s.</summary>
public abstract class BadStringTests(CasesFixture fixture)
{
    private static object Application(string nationalId, string city) => new
    {
        association = "BTR",
        supportType = "prosthetic-limb",
        beneficiary = new { nationalId, nameAr = "سعد العتيبي", nameEn = "Saad", gender = "male", birthDate = "1980-05-01", mobile = "0501234567", city, preferredLanguage = "ar" },
        documents = CompleteDocuments(),
    };

    [Theory]
    [InlineData(5000, false)]
    [InlineData(10, true)]
    public async Task PublicApplication_AnswersAFieldProblem_ForATooLongOrNulCity(int length, bool nul)
    {
        using var anonymous = fixture.Anonymous();
        var nationalId = NewNationalId();
        var city = nul ? "Riyadh\0" + new string('x', length) : new string('x', length);

        var response = await anonymous.PostAsJsonAsync("/api/public/applications", Application(nationalId, city));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Should().Contain("beneficiary.city");
        (await fixture.QueryAsync(db => db.Set<Beneficiary>().CountAsync(b => b.NationalId == nationalId))).Should().Be(0);
    }

    [Fact]
    public async Task MalformedJson_Is400_InDevelopment()
    {
        using var officer = await fixture.SignInAsync(Officer);
        using var content = new StringContent("{\"channel\": \"CH-1\", \"beneficiary\": {", Encoding.UTF8, "application/json");

        var response = await officer.PostAsync("/api/cases", content);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task Inquiry_WithNulInTheQuestion_IsAFieldProblem()
    {
        using var officer = await fixture.SignInAsync(Officer);

        var response = await officer.PostAsJsonAsync("/api/inquiries", new { channel = "CH-1", contactName = "سعد", mobile = "0501234567", question = "متى\0؟" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("question", out _).Should().BeTrue();
    }

    [Collection(CasesCollection.Name)]
    public sealed class OnPostgres(PostgresCasesFixture fixture) : BadStringTests(fixture);

    public sealed class OnSqlite(SqliteCasesFixture fixture) : BadStringTests(fixture), IClassFixture<SqliteCasesFixture>;
}
