using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowOffice.Host.Cases;
using WorkflowOffice.Host.Notifications;
using WorkflowOffice.Host.Workflows.Outbox;
using static WorkflowOffice.Host.Tests.Cases.PolicyApi;

namespace WorkflowOffice.Host.Tests.Cases;

/// <summary>The policy's paths end to end through the API, on PostgreSQL, with the fake clock firing the timers.</summary>
public abstract class PolicyPathTests(CasesFixture fixture)
{
    [Fact]
    public async Task AcceptedPath_RegistersDeliversAndClosesWithTheSurvey_NotifyingEachStepOnce()
    {
        using var officer = await fixture.SignInAsync(Officer);
        using var committee = await fixture.SignInAsync(Committee);
        var created = await CreateCaseAsync(officer);
        var caseId = created.GetProperty("id").GetGuid();
        created.GetProperty("reference").GetString().Should().MatchRegex(@"^BTR-C-2027-\d{6}$");
        created.GetProperty("status").GetString().Should().Be("awaitingAttestation", "every item is present and valid (STEP-2) and the procedure is clear");

        // STEP-4: the applicant signs the declaration.
        await CompleteOkAsync(officer, await TaskAsync(officer, caseId, "attestation"), "attested", new { method = "signature", signature = "M0,0 L10,10" });
        (await StatusAsync(officer, caseId)).Should().Be("withCommittee");

        // STEP-5: the committee (one member in the demo association) accepts.
        var vote = await TaskAsync(officer, caseId, "committeeVote");
        (await committee.GetFromJsonAsync<JsonElement>("/api/tasks?scope=queue")).EnumerateArray()
            .Should().Contain(t => t.GetProperty("id").GetGuid() == vote && t.GetProperty("caseReference").GetString() == created.GetProperty("reference").GetString());
        await CompleteOkAsync(committee, vote, "accept");

        // STEP-6 registration, then STEP-7 delivery.
        var file = await GetCaseAsync(officer, caseId);
        file.GetProperty("status").GetString().Should().Be("registered");
        file.GetProperty("fileNumber").GetString().Should().MatchRegex(@"^BTR-2027-\d{6}$");
        await CompleteOkAsync(officer, await TaskAsync(officer, caseId, "deliverService"), null, new { serviceName = "طرف صناعي سفلي", quantity = 1 });
        (await StatusAsync(officer, caseId)).Should().Be("delivered");

        // GOAL-5: the beneficiary answers the survey through the public link.
        var token = await fixture.QueryAsync(db => db.Set<SatisfactionSurvey>().Where(s => s.CaseId == caseId).Select(s => s.Token).SingleAsync());
        using var anonymous = fixture.Anonymous();
        var answer = await anonymous.PostAsJsonAsync($"/api/public/surveys/{token}", new { csat = 5, nps = 9, comment = "شكرا" });
        answer.StatusCode.Should().Be(HttpStatusCode.NoContent, await answer.Content.ReadAsStringAsync());
        (await StatusAsync(officer, caseId)).Should().Be("served");
        (await anonymous.PostAsJsonAsync($"/api/public/surveys/{token}", new { csat = 1 })).StatusCode.Should().Be(HttpStatusCode.Conflict, "one answer per case");

        // Every notification of the path, once per channel, even when the relay and dispatcher run again.
        await fixture.MessagesAsync(caseId);
        var messages = await fixture.MessagesAsync(caseId);
        messages.Where(m => m.Channel == "sms").Select(m => m.Event).Should().BeEquivalentTo(
            "sent-to-committee", "committee-accepted", "registration-completed", "service-delivered", "survey-invitation");
        messages.GroupBy(m => (m.Event, m.Channel, m.Address)).Should().OnlyContain(g => g.Count() == 1);
        messages.Should().OnlyContain(m => m.Status == NotificationStatus.Sent);
        var sources = messages.Select(m => m.SourceId).Distinct().ToList();
        var outbox = await fixture.QueryAsync(db => db.Set<OutboxMessage>().Where(o => sources.Contains(o.Id)).ToListAsync());
        outbox.Should().HaveCount(sources.Count, "each message comes from one outbox row written in its step's transaction")
            .And.OnlyContain(o => o.SentAt != null, "the outbox row is settled once its messages are sent");
        messages.Single(m => m.Event == "registration-completed" && m.Channel == "sms").Body.Should().Contain(file.GetProperty("fileNumber").GetString());
        Directory.GetFiles(fixture.OutboxFolder, "*.txt").Should().Contain(f => f.Contains("survey-invitation-sms"), "Development sends to the file sink");
    }

    [Fact]
    public async Task RejectedPath_TellsTheBeneficiaryTheReasons()
    {
        using var officer = await fixture.SignInAsync(Officer);
        using var committee = await fixture.SignInAsync(Committee);
        var caseId = (await CreateCaseAsync(officer)).GetProperty("id").GetGuid();
        await CompleteOkAsync(officer, await TaskAsync(officer, caseId, "attestation"), "attested", new { method = "signature", signature = "M0,0" });
        var vote = await TaskAsync(officer, caseId, "committeeVote");

        var withoutReasons = await CompleteAsync(committee, vote, "reject");
        withoutReasons.StatusCode.Should().Be(HttpStatusCode.BadRequest, "a rejection must give reasons: they are sent to the beneficiary");

        await CompleteOkAsync(committee, vote, "reject", new { reasons = "الدخل يتجاوز الحد المعتمد" });
        (await StatusAsync(officer, caseId)).Should().Be("rejected");
        var messages = await fixture.MessagesAsync(caseId);
        messages.Single(m => m.Event == "committee-rejected" && m.Channel == "sms").Body.Should().Contain("الدخل يتجاوز الحد المعتمد");
    }

    [Fact]
    public async Task UnclearProcedure_GoesToTheSocialResearcher_WhomOnlyAResearcherCanComplete()
    {
        using var officer = await fixture.SignInAsync(Officer);
        using var researcher = await fixture.SignInAsync(Researcher);
        var caseId = (await CreateCaseAsync(officer, unclear: true)).GetProperty("id").GetGuid();
        (await StatusAsync(officer, caseId)).Should().Be("withResearcher");
        var consultation = await TaskAsync(officer, caseId, "researchConsultation");

        var forbidden = await CompleteAsync(officer, consultation, null, new { questionsAnswered = "x" });
        forbidden.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        forbidden.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");

        await CompleteOkAsync(researcher, consultation, null, new { questionsAnswered = "شرح الإجراء والمستندات" });
        (await StatusAsync(officer, caseId)).Should().Be("awaitingAttestation");
        (await fixture.MessagesAsync(caseId)).Should().Contain(m => m.Event == "referred-to-research" && m.Channel == "sms");
    }

    [Fact]
    public async Task MissingItems_AreAskedFor_RemindedBeforeTheDeadline_AndRecheckedWhenBrought()
    {
        using var officer = await fixture.SignInAsync(Officer);
        var caseId = (await CreateCaseAsync(officer, documents: new[] { new { type = "national-id-card", number = "A1", expiresOn = "2030-01-01" } }))
            .GetProperty("id").GetGuid();
        (await StatusAsync(officer, caseId)).Should().Be("awaitingItems");
        (await fixture.MessagesAsync(caseId)).Single(m => m.Event == "items-missing" && m.Channel == "sms").Body.Should().Contain("تقرير طبي حديث");

        await fixture.AdvanceAsync(TimeSpan.FromDays(10) + TimeSpan.FromMinutes(1));
        (await fixture.MessagesAsync(caseId)).Should().ContainSingle(m => m.Event == "items-reminder" && m.Channel == "sms");

        // Ten days later the morning's bearer token has long expired.
        using var later = await fixture.SignInAsync(Officer);
        var brought = await later.PostAsJsonAsync($"/api/cases/{caseId}/items", new[] { new { type = "medical-report", number = "MR-9" } });
        brought.StatusCode.Should().Be(HttpStatusCode.OK, await brought.Content.ReadAsStringAsync());
        (await StatusAsync(later, caseId)).Should().Be("awaitingAttestation");
    }

    [Fact]
    public async Task OverdueCommittee_RemindsMembers_ThenGivesTheDirectorAnEscalationTask()
    {
        using var officer = await fixture.SignInAsync(Officer);
        var caseId = (await CreateCaseAsync(officer)).GetProperty("id").GetGuid();
        await CompleteOkAsync(officer, await TaskAsync(officer, caseId, "attestation"), "attested", new { method = "signature", signature = "M0,0" });

        await fixture.AdvanceAsync(TimeSpan.FromDays(10) + TimeSpan.FromMinutes(1));
        var reminders = (await fixture.MessagesAsync(caseId)).Where(m => m.Event == "committee-reminder").ToList();
        reminders.Should().ContainSingle().Which.Address.Should().Be("committee@batoor.demo");

        await fixture.AdvanceAsync(TimeSpan.FromDays(4));
        using var director = await fixture.SignInAsync(Director);
        var queue = await director.GetFromJsonAsync<JsonElement>("/api/tasks?scope=queue");
        queue.EnumerateArray().Should().Contain(t => t.GetProperty("caseId").GetGuid() == caseId && t.GetProperty("elementId").GetString() == "directorFollowUp");
        (await fixture.MessagesAsync(caseId)).Should().ContainSingle(m => m.Event == "committee-escalation" && m.Address == "admin@batoor.demo");
    }

    [Fact]
    public async Task InquiryOnly_IsRecordedAndAnswered_WithoutASupportRequest()
    {
        using var officer = await fixture.SignInAsync(Officer);
        var response = await officer.PostAsJsonAsync("/api/inquiries", new
        {
            channel = "CH-2",
            question = "ما المستندات المطلوبة للطرف الصناعي؟",
            answer = "الهوية الوطنية وتقرير طبي حديث.",
            contactName = "أم فهد",
            mobile = "٠٥٠١٢٣٤٥٦٧",
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var recorded = await response.Content.ReadFromJsonAsync<JsonElement>();
        var caseId = recorded.GetProperty("caseId").GetGuid();

        (await StatusAsync(officer, caseId)).Should().Be("inquiryAnswered");
        var sms = (await fixture.MessagesAsync(caseId)).Single(m => m.Channel == "sms");
        sms.Event.Should().Be("inquiry-answered");
        sms.Address.Should().Be("+966501234567");
        sms.Body.Should().Contain("الهوية الوطنية وتقرير طبي حديث.");
    }

    [Fact]
    public async Task SecondApplication_FindsTheExistingBeneficiaryFile()
    {
        using var officer = await fixture.SignInAsync(Officer);
        var nationalId = NewNationalId();
        var first = await CreateCaseAsync(officer, nationalId: nationalId);
        var second = await CreateCaseAsync(officer, nationalId: nationalId);

        first.GetProperty("existingBeneficiary").GetBoolean().Should().BeFalse();
        second.GetProperty("existingBeneficiary").GetBoolean().Should().BeTrue();
        second.GetProperty("beneficiaryId").GetGuid().Should().Be(first.GetProperty("beneficiaryId").GetGuid());
        var lookup = await officer.GetFromJsonAsync<JsonElement>($"/api/beneficiaries?nationalId={nationalId}");
        lookup.GetProperty("exists").GetBoolean().Should().BeTrue();
        lookup.GetProperty("cases").GetArrayLength().Should().Be(2);
    }

    [Fact]
    public async Task Intake_RejectsInvalidIdMobileIbanAndExpiredDocument_FieldByField_InTheRequestedLanguage()
    {
        using var officer = await fixture.SignInAsync(Officer, "en");
        var response = await officer.PostAsJsonAsync("/api/cases", new
        {
            channel = "CH-1",
            supportType = "financial-aid",
            beneficiary = Beneficiary("1234567890", mobile: "0401234567", iban: "SA0000000000000000000000"),
            documents = new[] { new { type = "national-id-card", number = "A1", expiresOn = "2020-01-01" } },
        });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Should().BeEquivalentTo(
            "beneficiary.nationalId", "beneficiary.mobile", "beneficiary.iban", "documents[0].expiresOn");
        errors.GetProperty("documents[0].expiresOn")[0].GetString().Should().Contain("expired");

        using var arabic = await fixture.SignInAsync(Officer);
        var again = await arabic.PostAsJsonAsync("/api/cases", new { channel = "CH-1", supportType = "prosthetic-limb", beneficiary = Beneficiary("1234567890") });
        (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("beneficiary.nationalId")[0].GetString()
            .Should().MatchRegex(@"\p{IsArabic}", "Arabic is the default language");
    }

    [Fact]
    public async Task ZulfiUser_CannotReadOrWorkBatoorCasesOrTasks()
    {
        using var officer = await fixture.SignInAsync(Officer);
        using var zulfi = await fixture.SignInAsync(ZulfiOfficer);
        var caseId = (await CreateCaseAsync(officer)).GetProperty("id").GetGuid();
        var attestation = await TaskAsync(officer, caseId, "attestation");

        (await zulfi.GetAsync($"/api/cases/{caseId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await zulfi.PostAsync($"/api/tasks/{attestation}/claim", null)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await CompleteAsync(zulfi, attestation, "attested", new { method = "signature", signature = "x" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await zulfi.GetFromJsonAsync<JsonElement>("/api/tasks?scope=queue")).EnumerateArray()
            .Should().NotContain(t => t.GetProperty("id").GetGuid() == attestation);
    }

    [Fact]
    public async Task CompleteTask_ReturnsConflict_NamingWhoCompletedIt()
    {
        using var officer = await fixture.SignInAsync(Officer);
        var caseId = (await CreateCaseAsync(officer)).GetProperty("id").GetGuid();
        var attestation = await TaskAsync(officer, caseId, "attestation");
        await CompleteOkAsync(officer, attestation, "attested", new { method = "signature", signature = "M0,0" });

        var again = await CompleteAsync(officer, attestation, "attested", new { method = "signature", signature = "M0,0" });

        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("completedBy").GetString().Should().Contain("officer@batoor.demo");
    }

    [Collection(CasesCollection.Name)]
    public sealed class OnPostgres(PostgresCasesFixture fixture) : PolicyPathTests(fixture);

    public sealed class OnSqlite(SqliteCasesFixture fixture) : PolicyPathTests(fixture), IClassFixture<SqliteCasesFixture>;
}
