using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WorkflowOffice.Activities.Identifiers;

namespace WorkflowOffice.Host.Tests.Cases;

/// <summary>Test data and API steps shared by the policy's path tests.</summary>
public static class PolicyApi
{
    public const string Officer = "officer@batoor.demo";
    public const string Researcher = "researcher@batoor.demo";
    public const string Committee = "committee@batoor.demo";
    public const string Director = "admin@batoor.demo";
    public const string ZulfiOfficer = "officer@zulfi.demo";

    private static int _next = Random.Shared.Next(10_000_000, 90_000_000);

    /// <summary>A valid national ID no other test uses.</summary>
    public static string NewNationalId()
    {
        var nine = "1" + Interlocked.Increment(ref _next).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
        return nine + SaudiNationalId.ComputeCheckDigit(nine);
    }

    public static string ValidIban() => SaudiIban.FromParts("80", "000000608010167519").Value;

    public static object Beneficiary(string nationalId, string mobile = "0501234567", string? iban = null) => new
    {
        nationalId,
        nameAr = "سعد العتيبي",
        nameEn = "Saad Alotaibi",
        gender = "male",
        birthDate = "1980-05-01",
        mobile,
        email = "saad@example.test",
        city = "الرياض",
        iban,
        preferredLanguage = "ar",
    };

    public static object[] CompleteDocuments() =>
    [
        new { type = "national-id-card", number = "A1", expiresOn = "2030-01-01" },
        new { type = "medical-report", number = "MR-7" },
    ];

    public static async Task<JsonElement> CreateCaseAsync(HttpClient client, object? documents = null, bool unclear = false, string? nationalId = null)
    {
        var response = await client.PostAsJsonAsync("/api/cases", new
        {
            channel = "CH-1",
            supportType = "prosthetic-limb",
            beneficiary = Beneficiary(nationalId ?? NewNationalId()),
            documents = documents ?? CompleteDocuments(),
            unclear,
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> GetCaseAsync(HttpClient client, Guid caseId)
    {
        var response = await client.GetAsync($"/api/cases/{caseId}");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The case's open task at <paramref name="elementId"/>, from the case file.</summary>
    public static async Task<Guid> TaskAsync(HttpClient client, Guid caseId, string elementId)
    {
        var file = await GetCaseAsync(client, caseId);
        var task = file.GetProperty("currentTasks").EnumerateArray().SingleOrDefault(t => t.GetProperty("elementId").GetString() == elementId);
        task.ValueKind.Should().Be(JsonValueKind.Object, $"case {caseId} should have an open '{elementId}' task; it has {file.GetProperty("currentTasks")}");
        return task.GetProperty("id").GetGuid();
    }

    public static async Task<HttpResponseMessage> CompleteAsync(HttpClient client, Guid taskId, string? outcome, object? data = null) =>
        await client.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome, data });

    public static async Task CompleteOkAsync(HttpClient client, Guid taskId, string? outcome, object? data = null)
    {
        var response = await CompleteAsync(client, taskId, outcome, data);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public static async Task<string> StatusAsync(HttpClient client, Guid caseId) =>
        (await GetCaseAsync(client, caseId)).GetProperty("status").GetString()!;
}
