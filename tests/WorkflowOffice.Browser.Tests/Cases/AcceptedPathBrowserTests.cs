using System.Globalization;
using Microsoft.Playwright;
using WorkflowOffice.Activities.Identifiers;
using WorkflowOffice.Browser.Tests.Infrastructure;

namespace WorkflowOffice.Browser.Tests.Cases;

/// <summary>
/// The whole accepted path in Chromium, each step done by the role that owns it in a browser context of its own:
/// public application (CH-7) → social researcher → attestation → three committee votes → registration → delivery →
/// survey on the public page → the answer counted in the reports.
/// </summary>
public abstract class AcceptedPathBrowserTests(BrowserHostFixture fixture)
{
    [Fact]
    public async Task AcceptedPath_EachStepByItsRole_EndsCountedInTheSatisfactionReport()
    {
        // Three committee members, created by the administrator through the page, and a quorum of three.
        var (adminContext, admin) = await Staff.SignInAsync(fixture, "admin@batoor.demo");
        await using var _ = adminContext;
        (string Email, string Password)[] members =
        [
            ("committee@batoor.demo", BrowserHostFixture.DemoPassword),
            await CreateCommitteeMemberAsync(admin, "committee2@batoor.demo"),
            await CreateCommitteeMemberAsync(admin, "committee3@batoor.demo"),
        ];
        await fixture.SetCommitteeQuorumAsync("BTR", 3);

        // CH-7: the beneficiary applies on the public site from a phone, procedure unclear to them (STEP-3).
        await using var publicContext = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true });
        var applicant = await publicContext.NewPageAsync();
        await applicant.GotoAsync($"{fixture.BaseUrl}/apply");
        await Screenshots.TakeAsync(applicant, "public-apply-ar");
        await applicant.SelectOptionAsync("#association", "BTR");
        await applicant.SelectOptionAsync("[data-testid=support-type]", "prosthetic-limb");
        await applicant.FillAsync("[data-testid=national-id]", "100000000" + SaudiNationalId.ComputeCheckDigit("100000000"));
        await applicant.FillAsync("[data-testid=name]", "سارة العتيبي");
        await applicant.FillAsync("[data-testid=mobile]", "0501234567");
        await applicant.FillAsync("#beneficiary\\.city", "الرياض");
        await applicant.SetInputFilesAsync("[data-testid=id-file]", new FilePayload { Name = "id.png", MimeType = "image/png", Buffer = [137, 80, 78, 71] });
        await applicant.FillAsync("[data-testid=id-expires]", DateTime.UtcNow.AddYears(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await applicant.SetInputFilesAsync("[data-testid=medical-file]", new FilePayload { Name = "report.pdf", MimeType = "application/pdf", Buffer = [37, 80, 68, 70] });
        await applicant.CheckAsync("input[name=unclear]");
        await applicant.ClickAsync("[data-testid=submit-application]");
        var reference = (await applicant.TextContentAsync("[data-testid=application-reference]"))!.Trim();
        reference.Should().StartWith("BTR-");
        await Screenshots.TakeAsync(applicant, "public-applied-ar");

        // STEP-3: the social researcher; STEP-4: the officer records the signed attestation.
        var (researcherContext, researcher) = await Staff.SignInAsync(fixture, "researcher@batoor.demo");
        await using (researcherContext)
        {
            await CompleteTaskAsync(researcher, reference, "research-consultation", "task-research-ar");
        }

        var (officerContext, officer) = await Staff.SignInAsync(fixture, "officer@batoor.demo");
        await using var __ = officerContext;
        await CompleteTaskAsync(officer, reference, "attestation", "task-attestation-ar");

        // STEP-5: three members vote, each in their own session, each seeing the votes so far.
        for (var i = 0; i < members.Length; i++)
        {
            var (memberContext, member) = await Staff.SignInAsync(fixture, members[i].Email, password: members[i].Password);
            await using (memberContext)
            {
                await OpenTaskAsync(member, reference, "committee-vote");
                (await member.Locator("[data-testid=votes-so-far] li").CountAsync()).Should().Be(i);
                await member.FillAsync("[data-testid=reasons]", "مستوفٍ للشروط");
                await Screenshots.TakeAsync(member, $"task-committee-vote-{i + 1}-ar");
                await member.ClickAsync("[data-testid=vote-accept]");
                await member.Locator("[data-testid=task-done]").WaitForAsync();
            }
        }

        // STEP-6 registration (automatic) then STEP-7 delivery by the officer.
        await CompleteTaskAsync(officer, reference, "service-delivery", "task-delivery-ar");
        await officer.GotoAsync($"{fixture.BaseUrl}/cases?q={reference}");
        await officer.ClickAsync("[data-testid=case-link]");
        (await officer.TextContentAsync("[data-testid=case-status]")).Should().Be("قُدّمت الخدمة");
        await officer.Locator("[data-testid=case-diagram] svg").First.WaitForAsync();
        await Screenshots.TakeAsync(officer, "case-file-ar");

        // GOAL-5: four earlier answers for the same service, then this beneficiary's on the public page.
        for (var i = 0; i < 4; i++)
        {
            await fixture.SeedSurveyAnswerAsync("BTR", "prosthetic-limb", csat: 4, nps: 8);
        }

        await admin.GotoAsync($"{fixture.BaseUrl}/reports");
        (await admin.Locator("[data-testid=satisfaction-service] tr[data-key=prosthetic-limb] [data-testid=not-enough]").CountAsync()).Should().Be(1, "four answers are below the floor");

        var token = await fixture.SurveyTokenAsync(reference);
        await applicant.GotoAsync($"{fixture.BaseUrl}/survey/{token}");
        await Screenshots.TakeAsync(applicant, "public-survey-ar");
        await applicant.CheckAsync("[data-testid=csat-5]");
        await applicant.CheckAsync("[data-testid=nps-10]");
        await applicant.FillAsync("[data-testid=survey-comment]", "خدمة ممتازة");
        await applicant.ClickAsync("[data-testid=survey-submit]");
        await applicant.Locator("[data-testid=survey-thanks]").WaitForAsync();

        await admin.GotoAsync($"{fixture.BaseUrl}/reports");
        (await admin.TextContentAsync("[data-testid=satisfaction-service] tr[data-key=prosthetic-limb] [data-testid=csat]")).Should().Contain("٤٫٢").And.Contain("٥");
        await Screenshots.TakeAsync(admin, "reports-ar");

        // The public status page shows the request to its owner only.
        await applicant.GotoAsync($"{fixture.BaseUrl}/status");
        await applicant.FillAsync("[data-testid=status-reference]", reference);
        await applicant.FillAsync("[data-testid=status-mobile]", "0501234567");
        await applicant.ClickAsync("[data-testid=status-submit]");
        (await applicant.TextContentAsync("[data-testid=status-value]")).Should().NotBeNullOrWhiteSpace();
        await Screenshots.TakeAsync(applicant, "public-status-ar");

        // A user of another association sees none of it.
        var (zulfiContext, zulfi) = await Staff.SignInAsync(fixture, "officer@zulfi.demo");
        await using (zulfiContext)
        {
            await zulfi.GotoAsync($"{fixture.BaseUrl}/cases?q={reference}");
            (await zulfi.Locator("[data-testid=case-link]").CountAsync()).Should().Be(0);
            await zulfi.GotoAsync($"{fixture.BaseUrl}/inbox?q={reference}");
            (await zulfi.Locator("[data-testid=task-row]").CountAsync()).Should().Be(0);
        }
    }

    private async Task<(string Email, string Password)> CreateCommitteeMemberAsync(IPage admin, string email)
    {
        await admin.GotoAsync($"{fixture.BaseUrl}/administration/users");
        await admin.FillAsync("#new-email", email);
        await admin.FillAsync("#new-name-ar", "عضو لجنة");
        await admin.FillAsync("#new-name-en", "Committee member");
        await admin.CheckAsync("[data-testid=create-user-form] input[value=CommitteeMember]");
        await admin.ClickAsync("[data-testid=create-user]");
        return (email, (await admin.TextContentAsync("[data-testid=temporary-password]"))!);
    }

    private async Task OpenTaskAsync(IPage page, string reference, string form)
    {
        await page.GotoAsync($"{fixture.BaseUrl}/inbox?q={reference}");
        var row = page.Locator($"[data-testid=task-row][data-form={form}]").First;
        await row.Locator("[data-testid=open-task]").ClickAsync();
        await page.Locator("[data-testid=task-form]").WaitForAsync();
    }

    private async Task CompleteTaskAsync(IPage page, string reference, string form, string screenshot)
    {
        await OpenTaskAsync(page, reference, form);
        switch (form)
        {
            case "attestation":
                var pad = await page.Locator("[data-testid=signature-pad]").BoundingBoxAsync();
                await page.Mouse.MoveAsync(pad!.X + 20, pad.Y + 40);
                await page.Mouse.DownAsync();
                await page.Mouse.MoveAsync(pad.X + 120, pad.Y + 90, new MouseMoveOptions { Steps = 8 });
                await page.Mouse.MoveAsync(pad.X + 220, pad.Y + 50, new MouseMoveOptions { Steps = 8 });
                await page.Mouse.UpAsync();
                await Screenshots.TakeAsync(page, screenshot);
                await page.ClickAsync("[data-testid=attest]");
                break;
            case "service-delivery":
                await page.FillAsync("[data-testid=service-name]", "طرف صناعي سفلي");
                await Screenshots.TakeAsync(page, screenshot);
                await page.ClickAsync("[data-testid=complete]");
                break;
            default:
                await page.FillAsync("[data-testid=notes]", "شُرحت الإجراءات للمستفيد.");
                await Screenshots.TakeAsync(page, screenshot);
                await page.ClickAsync("[data-testid=complete]");
                break;
        }

        await page.Locator("[data-testid=task-done]").WaitForAsync();
    }

    [Collection(BrowserCollection.Name)]
    public sealed class OnPostgres(PostgresBrowserFixture fixture) : AcceptedPathBrowserTests(fixture);

    public sealed class OnSqlite(SqliteBrowserFixture fixture) : AcceptedPathBrowserTests(fixture), IClassFixture<SqliteBrowserFixture>;
}
