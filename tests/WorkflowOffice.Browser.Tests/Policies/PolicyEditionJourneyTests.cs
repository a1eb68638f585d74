using Microsoft.Playwright;
using WorkflowOffice.Browser.Tests.Infrastructure;
using WorkflowOffice.Host.Auth;
using WorkflowOffice.Host.Policies;

namespace WorkflowOffice.Browser.Tests.Policies;

/// <summary>Issue 6, end to end in Chromium: the owner redraws, two board members approve what they see, the owner publishes.</summary>
public abstract class PolicyEditionJourneyTests(BrowserHostFixture host)
{
    private const string Key = PolicyCatalog.BeneficiaryRelationshipKey;
    private const string NewStepName = "متابعة مدير العلاقات";

    [Fact]
    public async Task OwnerShortensCommitteeDeadlineAndAddsAStep_BoardApprovesBothChanges_OwnerPublishes()
    {
        await StaffSessions.AddUserAsync(host, "board2@batoor.demo", "BTR", Roles.BoardMember, "عضو مجلس الإدارة الثاني", "Second board member");

        // A request taken in at the counter under the published third edition; it reaches the committee only later.
        var officer = await StaffSessions.SignInAsync(host, "officer@batoor.demo");
        var before = await Counter.TakeInAsync(officer, "150000001");

        // The policy owner starts a draft from the published third edition and redraws it in the designer.
        var owner = await StaffSessions.SignInAsync(host, "policy@batoor.demo");
        await owner.GotoAsync($"/policies/{Key}");
        await owner.ClickAsync("[data-testid=new-draft]");
        await owner.WaitForURLAsync($"**/policies/{Key}/editions/4/designer");
        await owner.WaitForSelectorAsync("body[data-ready=true]");
        await Assertions.Expect(owner.Locator("[data-testid=problem-summary]")).ToHaveAttributeAsync("data-count", "0");

        // The same draft in English, the committee's vote selected: its deadline and reminder are in the panel.
        await owner.GotoAsync($"/policies/{Key}/editions/4/designer?culture=en");
        await owner.WaitForSelectorAsync("body[data-ready=true]");
        (await owner.EvaluateAsync<bool>("id => window.woDesigner.selectElement(id)", "committeeReview")).Should().BeTrue();
        await Assertions.Expect(owner.Locator("#bio-properties-panel-wo-remindBefore")).ToHaveValueAsync("P4D");
        await Screenshots.TakeAsync(owner, "policy-designer-en");
        await owner.GotoAsync($"/policies/{Key}/editions/4/designer?culture=ar");
        await owner.WaitForSelectorAsync("body[data-ready=true]");

        // The reference procedure keeps the committee's two weeks in four places: the vote's deadline (committeeReview,
        // an expanded sub-process), its escalation timer (committeeDeadline), its reminder four days before
        // (committeeReminder) and the deadline the beneficiary is told (notifySentToCommittee). The owner changes all four;
        // elements are selected through the designer's own handle, as the problem list does.
        await EditAsync(owner, "committeeReview", "wo-dueIn", "P14D", "P10D");
        await EditAsync(owner, "committeeDeadline", "wo-timerValue", "P14D", "P10D");
        await EditAsync(owner, "committeeReminder", "wo-timerValue", "P10D", "P6D");
        await EditAsync(owner, "notifySentToCommittee", "wo-dueIn", "P14D", "P10D");

        (await owner.EvaluateAsync<bool>("id => window.woDesigner.selectElement(id)", "directorFollowUp")).Should().BeTrue();
        await owner.ClickAsync(".djs-context-pad .entry[data-action='append.append-task']");
        // bpmn-js opens the new step's label for typing, as a person would name it.
        await owner.WaitForSelectorAsync(".djs-direct-editing-parent");
        await owner.Keyboard.TypeAsync(NewStepName);
        await owner.Keyboard.PressAsync("Enter");
        // A plain task has no meaning for the engine: make it a user task for the relations manager.
        await owner.ClickAsync(".djs-context-pad .entry[data-action='replace']");
        await owner.ClickAsync(".djs-popup [data-id='replace-with-user-task']");
        await owner.ClickAsync(".djs-context-pad .entry[data-action='append.end-event']");
        await owner.Keyboard.PressAsync("Escape");

        var submit = owner.Locator("[data-testid=submit]");
        await Assertions.Expect(submit).ToBeEnabledAsync(new() { Timeout = 10_000 });
        await Screenshots.TakeAsync(owner, "policy-designer-ar");
        await submit.ClickAsync();
        await owner.WaitForURLAsync("**/designer?done=submitted");
        await Assertions.Expect(owner.Locator("[data-testid=edition-status]")).ToHaveTextAsync("مرفوعة إلى المجلس");

        // Two board members each see both changes on the review page and approve.
        foreach (var (email, shot) in new[] { ("board@batoor.demo", "policy-review-ar"), ("board2@batoor.demo", "policy-review-approved-ar") })
        {
            var board = await StaffSessions.SignInAsync(host, email);
            await board.GotoAsync($"/policies/{Key}/editions/4/review");
            await board.WaitForSelectorAsync("body[data-ready=true]");
            var changes = board.Locator("[data-testid=change-list]");
            await Assertions.Expect(changes).ToContainTextAsync("المهلة: 14 يومًا ← 10 أيام");
            await Assertions.Expect(changes).ToContainTextAsync("خطوة مضافة: " + NewStepName);
            await Assertions.Expect(board.Locator("#wo-diff-new g.djs-element[data-element-id=committeeReview]")).ToBeVisibleAsync();
            await board.ClickAsync("[data-testid=approve]");
            await board.WaitForSelectorAsync("[data-testid=votes] li");
            await Screenshots.TakeAsync(board, shot);
            await board.Context.CloseAsync();
        }

        // The owner records the meeting and publishes; the third edition is superseded.
        await owner.GotoAsync($"/policies/{Key}");
        var publish = owner.Locator("[data-testid=publish-form]");
        await publish.Locator("input[name=MeetingNumber]").FillAsync("2");
        await publish.Locator("input[name=BoardCycle]").FillAsync("2");
        await publish.Locator("input[name=MeetingDate]").FillAsync("2026-11-20");
        await publish.Locator("[data-testid=publish]").ClickAsync();
        await Assertions.Expect(owner.Locator("tr[data-edition='4']")).ToHaveAttributeAsync("data-status", "Published");
        await Assertions.Expect(owner.Locator("tr[data-edition='3']")).ToHaveAttributeAsync("data-status", "Superseded");
        await Screenshots.TakeAsync(owner, "policy-editions-ar");
        await owner.GotoAsync($"/policies/{Key}/editions/4/minute");
        await Assertions.Expect(owner.Locator("[data-testid=minute-meeting]")).ToContainTextAsync("2026-11-20");
        await Screenshots.TakeAsync(owner, "policy-minute-ar");
        await owner.GotoAsync($"/policies/{Key}?culture=en");
        await Screenshots.TakeAsync(owner, "policy-editions-en");

        // The review page in English, for the board's records.
        await owner.GotoAsync($"/policies/{Key}/editions/4/review?culture=en");
        await owner.WaitForSelectorAsync("body[data-ready=true]");
        await Assertions.Expect(owner.Locator("[data-testid=change-list]")).ToContainTextAsync("14 days → 10 days");
        await Screenshots.TakeAsync(owner, "policy-review-en");

        // A new request runs on the fourth edition. Both requests now reach the committee (the officer records each
        // applicant's attestation): the one taken in before keeps its two weeks, the new one gets ten days.
        var after = await Counter.TakeInAsync(officer, "150000002");
        var today = CaseJourney.SaudiToday();
        await CaseJourney.AttestAsync(officer, before);
        await CaseJourney.AttestAsync(officer, after);
        (await CaseJourney.GoverningEditionAsync(officer, before)).Should().Be("3/2023");
        (await CaseJourney.GoverningEditionAsync(officer, after)).Should().StartWith("4/");

        // The administrator's timers page lists each committee deadline by request.
        var admin = await StaffSessions.SignInAsync(host, "admin@batoor.demo");
        await admin.GotoAsync("/administration/timers");
        var oldDeadline = await CaseJourney.CommitteeDeadlineAsync(admin, before);
        var newDeadline = await CaseJourney.CommitteeDeadlineAsync(admin, after);
        oldDeadline.Should().BeOneOf(today.AddDays(14), today.AddDays(15));
        newDeadline.Should().Be(oldDeadline.AddDays(-4));
        await Screenshots.TakeAsync(admin, "policy-committee-deadlines-ar");
    }

    /// <summary>Selects <paramref name="elementId"/> in the designer and changes one of its WorkflowOffice fields.</summary>
    private static async Task EditAsync(IPage owner, string elementId, string field, string from, string to)
    {
        (await owner.EvaluateAsync<bool>("id => window.woDesigner.selectElement(id)", elementId)).Should().BeTrue();
        var input = owner.Locator($"#bio-properties-panel-{field}");
        await Assertions.Expect(input).ToHaveValueAsync(from);
        await input.FillAsync(to);
        await input.PressAsync("Tab");
    }

    [Collection(BrowserCollection.Name)]
    public sealed class OnPostgres(PostgresBrowserFixture fixture) : PolicyEditionJourneyTests(fixture);

    public sealed class OnSqlite(SqliteBrowserFixture fixture) : PolicyEditionJourneyTests(fixture), IClassFixture<SqliteBrowserFixture>;
}
