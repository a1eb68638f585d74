using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WorkflowOffice.Host.Beneficiaries;
using WorkflowOffice.Host.Cases;
using WorkflowOffice.Host.Tests.Cases;
using static WorkflowOffice.Host.Tests.Cases.PolicyApi;

namespace WorkflowOffice.Host.Tests.Public;

/// <summary>The website's endpoints (CH-7): no staff login, rate-limited, no personal data in answers.</summary>
public abstract partial class PublicApiTests(CasesFixture fixture)
{
    [Fact]
    public async Task OnlineApplication_SendsTheAttestationCodeBySms_WhichTheOfficerChecks()
    {
        using var anonymous = fixture.Anonymous();
        var response = await anonymous.PostAsJsonAsync("/api/public/applications", new
        {
            association = "BTR",
            supportType = "prosthetic-limb",
            beneficiary = Beneficiary(NewNationalId(), mobile: "+966 55 123 4567"),
            documents = CompleteDocuments(),
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>();
        accepted.GetProperty("attestationCodeSent").GetBoolean().Should().BeTrue();
        var reference = accepted.GetProperty("reference").GetString()!;
        var @case = await fixture.QueryAsync(db => db.Set<SupportCase>().SingleAsync(c => c.Reference == reference));
        @case.Channel.Should().Be("CH-7");

        var sms = (await fixture.MessagesAsync(@case.Id)).Single(m => m.Event == "attestation-code");
        sms.Channel.Should().Be("sms");
        sms.Address.Should().Be("+966551234567");
        var code = SixDigits().Match(sms.Body).Value;

        using var officer = await fixture.SignInAsync(Officer);
        var attestation = await TaskAsync(officer, @case.Id, "attestation");
        var wrong = await CompleteAsync(officer, attestation, "attested", new { method = "otp", code = code == "000000" ? "111111" : "000000" });
        wrong.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        await CompleteOkAsync(officer, attestation, "attested", new { method = "otp", code });

        var file = await GetCaseAsync(officer, @case.Id);
        file.GetProperty("attestation").GetProperty("method").GetString().Should().Be("otp");
        file.GetProperty("attestation").GetProperty("changedSinceAttested").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task Status_AnswersWithTheStatusOnly_AndOnlyForTheApplicantsMobile()
    {
        using var officer = await fixture.SignInAsync(Officer);
        var created = await CreateCaseAsync(officer);
        var reference = created.GetProperty("reference").GetString();
        using var anonymous = fixture.Anonymous();

        var status = await anonymous.GetAsync($"/api/public/status?reference={reference}&mobile=0501234567");
        status.StatusCode.Should().Be(HttpStatusCode.OK);
        var text = await status.Content.ReadAsStringAsync();
        var body = JsonDocument.Parse(text).RootElement;
        body.GetProperty("status").GetString().Should().Be("awaitingAttestation");
        text.Should().NotContain("سعد").And.NotContain("501234567").And.NotContain("nationalId");

        (await anonymous.GetAsync($"/api/public/status?reference={reference}&mobile=0559999999")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PublicEndpoints_AreRateLimitedPerClient()
    {
        await using var strict = fixture.Factory.WithWebHostBuilder(b => b.UseSetting("PublicApi:PermitLimit", "2"));
        using var client = strict.CreateClient();

        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            codes.Add((await client.GetAsync("/api/public/status?reference=BTR-C-2027-999999&mobile=0501234567")).StatusCode);
        }

        codes.Should().Equal(HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task OpenApi_DocumentsTheCaseTaskAndPublicEndpoints()
    {
        using var client = fixture.Anonymous();
        var document = await client.GetStringAsync("/openapi/v1.json");

        document.Should().Contain("/api/cases").And.Contain("/api/tasks/{id}/complete").And.Contain("/api/public/applications")
            .And.Contain("/api/public/surveys/{token}").And.Contain("/api/inquiries").And.Contain("/api/beneficiaries");
    }

    [Fact]
    public async Task OnlineApplication_WithAStoredNationalId_NeverChangesThatBeneficiarysFile()
    {
        using var anonymous = fixture.Anonymous();
        var nationalId = NewNationalId();
        var first = await anonymous.PostAsJsonAsync("/api/public/applications", new
        {
            association = "BTR",
            supportType = "prosthetic-limb",
            beneficiary = Beneficiary(nationalId, mobile: "0501112222"),
            documents = CompleteDocuments(),
        });
        first.StatusCode.Should().Be(HttpStatusCode.Created, await first.Content.ReadAsStringAsync());
        var reference = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString();

        // Someone else who knows the national ID applies with their own name, mobile and city.
        var second = await anonymous.PostAsJsonAsync("/api/public/applications", new
        {
            association = "BTR",
            supportType = "physiotherapy",
            beneficiary = new { nationalId, nameAr = "شخص آخر", gender = "female", mobile = "0539998888", city = "جدة", preferredLanguage = "en" },
            documents = CompleteDocuments(),
        });
        second.StatusCode.Should().Be(HttpStatusCode.Created, await second.Content.ReadAsStringAsync());

        var stored = await fixture.QueryAsync(db => db.Set<Beneficiary>().AsNoTracking().SingleAsync(b => b.NationalId == nationalId));
        stored.Mobile.Should().Be("+966501112222", "an anonymous application cannot take over the stored mobile");
        stored.NameAr.Should().Be("سعد العتيبي");
        stored.City.Should().Be("الرياض");
        (await anonymous.GetAsync($"/api/public/status?reference={reference}&mobile=0539998888")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/api/public/status?reference={reference}&mobile=0501112222")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();

    [Collection(CasesCollection.Name)]
    public sealed class OnPostgres(PostgresCasesFixture fixture) : PublicApiTests(fixture);

    public sealed class OnSqlite(SqliteCasesFixture fixture) : PublicApiTests(fixture), IClassFixture<SqliteCasesFixture>;
}
