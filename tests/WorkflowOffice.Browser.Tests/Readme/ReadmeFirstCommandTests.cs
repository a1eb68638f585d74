using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using WorkflowOffice.Browser.Tests.Cases;
using WorkflowOffice.Host.Policies;

namespace WorkflowOffice.Browser.Tests.Readme;

/// <summary>
/// The README's first command gives a back office that works: started as a newcomer starts it (Development, the
/// SQLite file under <c>data/</c>, demo seed), every staff page reachable from each role's navigation — and the pages
/// those link to — answers 200, as do a case file, a beneficiary file and a task page of each form a case reaches
/// without waiting for a timer. On the previous main, every case list, case file and task page answered 500 here.
/// </summary>
public sealed class ReadmeFirstCommandTests : IAsyncLifetime
{
    private static readonly string[] BatoorRoles = ["admin", "policy", "officer", "researcher", "committee", "board"];

    private ReadmeHost _host = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _host = await ReadmeHost.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            Headless = true,
        });
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task EveryStaffPage_CaseFile_BeneficiaryFile_AndEachTaskForm_Answer200_OnTheEmbeddedDefault()
    {
        _host.Output.Should().Contain("SQLite file").And.Contain("/data/readme-test-").And.Contain("officer@batoor.demo", "the banner shows the demo logins");

        // Work for every form: an enquiry, an unclear request, and requests at the attestation, the committee and the delivery.
        var tasks = new List<(string Role, string Form, string Url)>();
        using (var officer = await StaffApi.SignInAsync(_host.BaseUrl, "officer@batoor.demo"))
        using (var committee = await StaffApi.SignInAsync(_host.BaseUrl, "committee@batoor.demo"))
        {
            var enquiry = await officer.EnquireAsync("ما المستندات المطلوبة؟");
            tasks.Add(("officer", "inquiry-answer", $"/tasks/{await officer.TaskAsync(enquiry, "answerInquiry")}"));

            var unclear = await officer.CreateCaseAsync(StaffApi.NewNationalId(), "سعد العتيبي", "Saad Alotaibi", unclear: true);
            tasks.Add(("researcher", "research-consultation", $"/tasks/{await officer.TaskAsync(unclear.Id, "researchConsultation")}"));

            var attesting = await officer.CreateCaseAsync(StaffApi.NewNationalId(), "نورة القحطاني", "Noura Alqahtani");
            tasks.Add(("officer", "attestation", $"/tasks/{await officer.TaskAsync(attesting.Id, "attestation")}"));

            var voting = await officer.CreateCaseAsync(StaffApi.NewNationalId(), "فهد الدوسري", "Fahad Aldossari");
            await officer.CompleteAsync(await officer.TaskAsync(voting.Id, "attestation"), "attested", new { method = "signature", signature = "M0,0 L10,10" });
            tasks.Add(("committee", "committee-vote", $"/tasks/{await officer.TaskAsync(voting.Id, "committeeVote")}"));

            var delivering = await officer.CreateCaseAsync(StaffApi.NewNationalId(), "ريم الشهري", "Reem Alshehri");
            await officer.CompleteAsync(await officer.TaskAsync(delivering.Id, "attestation"), "attested", new { method = "signature", signature = "M0,0 L10,10" });
            await committee.CompleteAsync(await officer.TaskAsync(delivering.Id, "committeeVote"), "accept");
            tasks.Add(("officer", "service-delivery", $"/tasks/{await officer.TaskAsync(delivering.Id, "deliverService")}"));

            var file = await officer.CaseAsync(delivering.Id);
            tasks.Add(("officer", "case file", $"/cases/{delivering.Id}"));
            tasks.Add(("officer", "beneficiary file", $"/beneficiaries/{file.GetProperty("beneficiary").GetProperty("id").GetGuid()}"));
        }

        // A draft edition, so that the policy owner's editions page links a designer.
        using (var policyOwner = await StaffApi.SignInAsync(_host.BaseUrl, "policy@batoor.demo"))
        {
            var draft = await policyOwner.Client.PostAsJsonAsync($"/api/policies/{PolicyCatalog.BeneficiaryRelationshipKey}/editions", new { });
            draft.IsSuccessStatusCode.Should().BeTrue(await draft.Content.ReadAsStringAsync());
            var number = (await draft.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetInt32();
            tasks.Add(("policy", "designer of the draft", $"/policies/{PolicyCatalog.BeneficiaryRelationshipKey}/editions/{number}/designer"));
        }

        var failures = new List<string>();
        var visited = 0;
        foreach (var role in BatoorRoles)
        {
            await using var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _host.BaseUrl });
            var page = await context.NewPageAsync();
            await SignInAsync(page, $"{role}@batoor.demo");

            var navigation = await LinksAsync(page, "a.wo-nav-link");
            navigation.Should().NotBeEmpty($"{role} has a navigation");
            var pages = new List<string>(navigation);
            foreach (var link in navigation)
            {
                var found = await VisitAsync(page, link, role, failures);
                pages.AddRange(found.Where(f => !pages.Contains(f)).Take(8));
            }

            foreach (var link in pages.Skip(navigation.Count).Distinct())
            {
                await VisitAsync(page, link, role, failures);
            }

            foreach (var (_, form, url) in tasks.Where(t => t.Role == role))
            {
                await VisitAsync(page, url, $"{role} ({form})", failures);
            }

            visited += pages.Distinct().Count();
        }

        failures.Should().BeEmpty($"every page a role reaches answers 200 with a page ({visited} visited)");
        visited.Should().BeGreaterThan(30);
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", "Demo-Office-2025");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
    }

    /// <summary>Opens a page; records a failure unless it answers 200 with an HTML page and no error text. Returns its staff links.</summary>
    private static async Task<IReadOnlyList<string>> VisitAsync(IPage page, string url, string who, List<string> failures)
    {
        var response = await page.GotoAsync(url);
        var status = response?.Status ?? 0;
        var text = await page.InnerTextAsync("body");
        if (status != 200 || text.Contains("Exception", StringComparison.Ordinal) || text.TrimStart().StartsWith('{'))
        {
            failures.Add($"{who}: {url} answered {status}: {text[..Math.Min(200, text.Length)]}");
            return [];
        }

        return await LinksAsync(page, "main a[href^='/']");
    }

    private static async Task<IReadOnlyList<string>> LinksAsync(IPage page, string selector)
    {
        var hrefs = await page.Locator(selector).EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        return hrefs
            .Where(h => h is not null && h.StartsWith('/') && !h.StartsWith("//", StringComparison.Ordinal))
            .Where(h => !h.StartsWith("/account/", StringComparison.Ordinal) && !h.StartsWith("/culture/", StringComparison.Ordinal)
                && !h.Contains(".csv", StringComparison.Ordinal) && !h.StartsWith("/swagger", StringComparison.Ordinal) && !h.StartsWith("/api/", StringComparison.Ordinal))
            .Distinct()
            .ToList();
    }
}
