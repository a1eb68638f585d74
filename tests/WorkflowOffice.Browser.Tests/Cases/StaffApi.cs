using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using WorkflowOffice.Activities.Identifiers;
using WorkflowOffice.Browser.Tests.Infrastructure;

namespace WorkflowOffice.Browser.Tests.Cases;

/// <summary>
/// A staff member's API session against the browser host: prepares cases and moves them along so that a page
/// test can open the page it is about (the pages themselves are driven by the browser).
/// </summary>
public sealed class StaffApi : IDisposable
{
    private static int _next = Random.Shared.Next(10_000_000, 90_000_000);
    private readonly HttpClient _client;

    private StaffApi(HttpClient client) => _client = client;

    /// <summary>The signed-in client, for calls this class has no step for.</summary>
    public HttpClient Client => _client;

    public static Task<StaffApi> SignInAsync(BrowserHostFixture fixture, string email) => SignInAsync(fixture.BaseUrl, email);

    /// <summary>Signs in against any running host (the one under test, or one started as the README says).</summary>
    public static async Task<StaffApi> SignInAsync(string baseUrl, string email)
    {
        var client = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password = BrowserHostFixture.DemoPassword });
        login.EnsureSuccessStatusCode();
        var token = await login.Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return new StaffApi(client);
    }

    /// <summary>A valid national ID no other test uses.</summary>
    public static string NewNationalId()
    {
        var nine = "1" + Interlocked.Increment(ref _next).ToString("D8", CultureInfo.InvariantCulture);
        return nine + SaudiNationalId.ComputeCheckDigit(nine);
    }

    /// <summary>A complete support request at the counter (CH-1); returns the case id and reference.</summary>
    public async Task<(Guid Id, string Reference)> CreateCaseAsync(string nationalId, string nameAr, string nameEn, bool unclear = false)
    {
        var response = await _client.PostAsJsonAsync("/api/cases", new
        {
            channel = "CH-1",
            supportType = "prosthetic-limb",
            beneficiary = new { nationalId, nameAr, nameEn, gender = "male", birthDate = "1980-05-01", mobile = "05" + nationalId[2..10], city = "الرياض", preferredLanguage = "ar" },
            documents = new object[]
            {
                new { type = "national-id-card", number = "A1", expiresOn = DateTime.UtcNow.AddYears(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
                new { type = "medical-report", number = "MR-7" },
            },
            unclear,
        });
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue(body);
        var created = JsonDocument.Parse(body).RootElement;
        return (created.GetProperty("id").GetGuid(), created.GetProperty("reference").GetString()!);
    }

    /// <summary>The case file as the API returns it.</summary>
    public async Task<JsonElement> CaseAsync(Guid caseId) => await _client.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}");

    /// <summary>The case's open task at <paramref name="elementId"/>.</summary>
    public async Task<Guid> TaskAsync(Guid caseId, string elementId)
    {
        var file = await CaseAsync(caseId);
        var task = file.GetProperty("currentTasks").EnumerateArray().SingleOrDefault(t => t.GetProperty("elementId").GetString() == elementId);
        task.ValueKind.Should().Be(JsonValueKind.Object, $"the case should wait at '{elementId}'; it has {file.GetProperty("currentTasks")}");
        return task.GetProperty("id").GetGuid();
    }

    public async Task CompleteAsync(Guid taskId, string? outcome, object? data = null)
    {
        var response = await _client.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome, data });
        response.IsSuccessStatusCode.Should().BeTrue(await response.Content.ReadAsStringAsync());
    }

    /// <summary>An enquiry (STEP-1) without an answer yet: it waits in the relations officer's queue. Returns its case id.</summary>
    public async Task<Guid> EnquireAsync(string question)
    {
        var response = await _client.PostAsJsonAsync("/api/inquiries", new { channel = "CH-2", question, contactName = "سائل", mobile = "0551234567" });
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue(body);
        return JsonDocument.Parse(body).RootElement.GetProperty("caseId").GetGuid();
    }

    public void Dispose() => _client.Dispose();
}
