using WorkflowOffice.Activities.Policy;
using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Engine.Runtime.Effects;

namespace WorkflowOffice.Activities.Tests.Policy;

/// <summary>Each path of the reference procedure on the engine's real runtime, in-memory store and manual clock.</summary>
public sealed class PolicyProcedureTests : IDisposable
{
    private static readonly string[] ToCommittee =
    [
        "start", "recordInquiry", "gwInquiry", "verifyRequirements", "gwComplete", "gwUnclear", "attestation",
        "gwAttested", "notifySentToCommittee", "committeeStage", "stageStart", "committeeReview", "reviewStart", "committeeVote",
    ];

    private static readonly string[] AcceptedAfterTwoVotes =
    [
        "tallyVotes", "gwDecided", "committeeVote", "tallyVotes", "gwDecided", "reviewEnd", "stageDecided", "gwDecision",
        "notifyAccepted", "completeRegistration", "notifyRegistered", "deliverService",
    ];

    private readonly PolicyHarness _h = new();

    public void Dispose() => _h.Dispose();

    private async Task<Guid> StartCompleteCaseAsync(string caseId, Dictionary<string, object?>? extra = null)
    {
        _h.Facts.Cases[caseId] = InMemoryCaseFacts.CompleteCase(caseId);
        return await _h.StartAsync(caseId, extra);
    }

    private async Task<Guid> StartAtCommitteeAsync(string caseId)
    {
        var id = await StartCompleteCaseAsync(caseId);
        await _h.CompleteAsync(id, "attestation", PolicyHarness.Officer, "attested", new() { ["attestationMethod"] = "signature" });
        return id;
    }

    private static IEnumerable<(string Event, string? Recipient)> Sent(IEnumerable<NotificationRequested> notifications) =>
        notifications.Select(n => (n.EventName, n.Recipient));

    [Fact]
    public async Task AcceptedRequest_IsRegisteredDeliveredAndSurveyed_AndEndsWhenRated()
    {
        var id = await StartAtCommitteeAsync("c1");
        (await _h.TaskAsync(id, "committeeVote")).CandidateRoles.Should().Equal(PolicyRoles.CommitteeMember);

        await _h.VoteAsync(id, "m1", "accept");
        (await _h.StateAsync(id)).Variables[PolicyVariables.CommitteeDecision].Should().Be("pending");
        await _h.VoteAsync(id, "m2", "accept");
        var delivery = await _h.TaskAsync(id, "deliverService");
        delivery.CandidateRoles.Should().Equal(PolicyRoles.RelationsOfficer);
        await _h.Runtime.CompleteTaskAsync(delivery.Id, null, new Dictionary<string, object?> { ["serviceName"] = "طرف صناعي", ["deliveredOn"] = "2026-02-01", ["quantity"] = 1 }, PolicyHarness.Officer);
        (await _h.StateAsync(id)).Status.Should().Be(InstanceStatus.Waiting, "the survey is open");
        (await _h.Runtime.CorrelateMessageAsync(PolicyMessages.SurveyAnswered, "c1", null)).Should().Be(1);

        var state = await _h.StateAsync(id);
        state.Status.Should().Be(InstanceStatus.Completed);
        state.Variables[PolicyVariables.FileNumber].Should().Be("BTR-2026-000001");
        state.Variables[PolicyVariables.Accepted].Should().Be(true);
        (await _h.PathAsync(id)).Should().Equal([.. ToCommittee, .. AcceptedAfterTwoVotes, "notifyDelivered", "openSurvey", "awaitSurvey", "endServed"]);
        var sent = _h.Notifications(id);
        Sent(sent).Should().Equal(
            ("sent-to-committee", "case:c1"), ("committee-accepted", "case:c1"), ("registration-completed", "case:c1"),
            ("service-delivered", "case:c1"), ("survey-invitation", "case:c1"));
        sent[0].Data["dueDate"].Should().Be("2026-01-15T08:00:00.0000000+00:00", "the committee answers within two weeks");
        sent[0].Data["reference"].Should().Be("REF-c1");
        sent[2].Data["fileNumber"].Should().Be("BTR-2026-000001");
        sent[3].Data["serviceName"].Should().Be("طرف صناعي");
        sent[4].Data["surveyLink"].Should().Be(_h.Surveys.Issued["c1"].Link.ToString());
        sent[4].Data["closesOn"].Should().Be("2026-01-15T08:00:00.0000000+00:00");
    }

    [Fact]
    public async Task RejectedRequest_TellsTheBeneficiaryTheReasons_AndEnds()
    {
        var id = await StartAtCommitteeAsync("c2");

        await _h.VoteAsync(id, "m1", "reject", "الدخل يتجاوز الحد");
        await _h.VoteAsync(id, "m3", "reject", "تقرير طبي قديم");

        var state = await _h.StateAsync(id);
        state.Status.Should().Be(InstanceStatus.Completed);
        (await _h.PathAsync(id)).Should().Equal([.. ToCommittee, "tallyVotes", "gwDecided", "committeeVote", "tallyVotes", "gwDecided", "reviewEnd", "stageDecided", "gwDecision", "notifyRejected", "endRejected"]);
        var rejected = _h.Notifications(id).Should().HaveCount(2).And.Subject.Last();
        rejected.EventName.Should().Be("committee-rejected");
        rejected.Recipient.Should().Be("case:c2");
        rejected.Data["reasons"].Should().BeEquivalentTo(new[] { "الدخل يتجاوز الحد", "تقرير طبي قديم" });
        _h.FileNumbers.Calls.Should().Be(0, "a rejected request is not registered");
    }

    [Fact]
    public async Task UnclearProcedure_IsReferredToTheSocialResearcher_BeforeTheAttestation()
    {
        var id = await StartCompleteCaseAsync("c3", new() { [PolicyVariables.Unclear] = true });

        var consultation = await _h.TaskAsync(id, "researchConsultation");
        consultation.CandidateRoles.Should().Equal(PolicyRoles.SocialResearcher);
        (await _h.OpenTasksAsync(id)).Select(t => t.ElementId).Should().Equal("researchConsultation");
        Sent(_h.Notifications(id)).Should().Equal(("referred-to-research", "case:c3"));
        _h.Notifications(id)[0].Data.Should().ContainKey("researcherName");

        await _h.Runtime.CompleteTaskAsync(consultation.Id, null, new Dictionary<string, object?> { ["questionsAnswered"] = "شرح مراحل الطلب" }, PolicyHarness.Researcher);

        (await _h.TaskAsync(id, "attestation")).CandidateRoles.Should().Equal(PolicyRoles.RelationsOfficer);
        (await _h.PathAsync(id)).Should().Equal(
            "start", "recordInquiry", "gwInquiry", "verifyRequirements", "gwComplete", "gwUnclear", "notifyReferred", "researchConsultation", "attestation");
    }

    [Fact]
    public async Task MissingItems_AreAskedFor_Reminded_ThenRecheckedWhenTheyArrive()
    {
        _h.Facts.Cases["c4"] = InMemoryCaseFacts.IncompleteCase("c4");
        var id = await _h.StartAsync("c4");

        var asked = _h.Notifications(id).Should().ContainSingle().Subject;
        asked.EventName.Should().Be("items-missing");
        asked.Data["dueDate"].Should().Be("2026-01-15T08:00:00.0000000+00:00");
        ((IEnumerable<object?>)asked.Data["items"]!).Cast<IReadOnlyDictionary<string, object?>>().Select(i => (i["code"], i["reason"]))
            .Should().Equal(("national-id-card", "Expired"), ("medical-report", "NotProvided"));
        (await _h.OpenTasksAsync(id)).Should().BeEmpty("the case waits for the beneficiary");

        await _h.AdvanceAsync(TimeSpan.FromDays(10));
        var reminder = _h.Notifications(id).Should().HaveCount(2).And.Subject.Last();
        reminder.EventName.Should().Be("items-reminder");
        reminder.Data["dueDate"].Should().Be(asked.Data["dueDate"], "the reminder repeats the original deadline");

        _h.Facts.Cases["c4"] = InMemoryCaseFacts.CompleteCase("c4");
        (await _h.Runtime.CorrelateMessageAsync(PolicyMessages.ItemsSubmitted, "c4", null)).Should().Be(1);

        (await _h.TaskAsync(id, "attestation")).Should().NotBeNull();
        (await _h.PathAsync(id)).Should().Equal(
            "start", "recordInquiry", "gwInquiry", "verifyRequirements", "gwComplete", "notifyItemsMissing", "awaitItems",
            "itemsReminder", "notifyItemsReminder", "endItemsReminded",
            "verifyRequirements", "gwComplete", "gwUnclear", "attestation");
        var state = await _h.StateAsync(id);
        state.Variables[PolicyVariables.MissingItems].Should().BeEquivalentTo(Array.Empty<object>());
        state.Waits.Should().ContainSingle(w => w.Kind == WaitKind.UserTask, "the deadline timer was cancelled");
        await _h.AdvanceAsync(TimeSpan.FromDays(10));
        (await _h.StateAsync(id)).Status.Should().Be(InstanceStatus.Waiting, "the old deadline no longer closes the case");
    }

    [Fact]
    public async Task MissingItems_ThatNeverArrive_CloseTheCaseAsIncomplete()
    {
        _h.Facts.Cases["c5"] = InMemoryCaseFacts.IncompleteCase("c5");
        var id = await _h.StartAsync("c5");

        await _h.AdvanceAsync(TimeSpan.FromDays(14));

        var state = await _h.StateAsync(id);
        state.Status.Should().Be(InstanceStatus.Completed);
        (await _h.PathAsync(id)).Should().Equal(
            "start", "recordInquiry", "gwInquiry", "verifyRequirements", "gwComplete", "notifyItemsMissing", "awaitItems",
            "itemsReminder", "notifyItemsReminder", "endItemsReminded", "itemsDeadline", "notifyClosedIncomplete", "endIncomplete");

        // STEP-2: the beneficiary is told the request is closed, not left to find out.
        Sent(_h.Notifications(id)).Select(n => n.Event).Should().Equal("items-missing", "items-reminder", "items-closed-incomplete");
        (await _h.Runtime.CorrelateMessageAsync(PolicyMessages.ItemsSubmitted, "c5", null)).Should().Be(0, "a closed case no longer waits");
    }

    [Fact]
    public async Task CommitteeOverdue_RemindsMembersAtTenDays_ThenGivesTheDirectorAnEscalationTaskAtFourteen()
    {
        var id = await StartAtCommitteeAsync("c6");
        await _h.VoteAsync(id, "m1", "accept");

        await _h.AdvanceAsync(TimeSpan.FromDays(10) - TimeSpan.FromMinutes(1));
        _h.Notifications(id).Select(n => n.EventName).Should().Equal("sent-to-committee");
        await _h.AdvanceAsync(TimeSpan.FromMinutes(1));
        var reminder = _h.Notifications(id).Should().HaveCount(2).And.Subject.Last();
        (reminder.EventName, reminder.Recipient).Should().Be(("committee-reminder", "role:CommitteeMember"));
        reminder.Data["dueDate"].Should().Be("2026-01-15T08:00:00.0000000+00:00");
        (await _h.OpenTasksAsync(id)).Select(t => t.ElementId).Should().Equal("committeeVote");

        await _h.AdvanceAsync(TimeSpan.FromDays(4));
        var escalation = _h.Notifications(id).Should().HaveCount(3).And.Subject.Last();
        (escalation.EventName, escalation.Recipient).Should().Be(("committee-escalation", "role:Admin"));
        var followUp = await _h.TaskAsync(id, "directorFollowUp");
        followUp.CandidateRoles.Should().Equal(PolicyRoles.Director);
        followUp.CreatedAt.Should().Be(new DateTimeOffset(2026, 1, 15, 8, 0, 0, TimeSpan.Zero));
        (await _h.OpenTasksAsync(id)).Select(t => t.ElementId).Should().BeEquivalentTo(["committeeVote", "directorFollowUp"], "the committee can still decide");

        // The committee decides late: the stage ends and the director's follow-up is withdrawn.
        await _h.VoteAsync(id, "m2", "reject", "لا تنطبق الشروط");
        await _h.VoteAsync(id, "m3", "reject", "لا تنطبق الشروط");

        (await _h.Runtime.GetTaskAsync(followUp.Id))!.Status.Should().Be(UserTaskStatus.Cancelled);
        (await _h.StateAsync(id)).Status.Should().Be(InstanceStatus.Completed);
        (await _h.PathAsync(id)).Should().Equal([
            .. ToCommittee, "tallyVotes", "gwDecided", "committeeVote",
            "committeeReminder", "notifyCommitteeReminder", "reminderEnd",
            "committeeDeadline", "notifyDirector", "directorFollowUp",
            "tallyVotes", "gwDecided", "committeeVote", "tallyVotes", "gwDecided", "reviewEnd", "stageDecided", "gwDecision", "notifyRejected", "endRejected"]);
        _h.Notifications(id).Select(n => n.EventName).Should().Equal("sent-to-committee", "committee-reminder", "committee-escalation", "committee-rejected");
    }

    [Fact]
    public async Task DirectorFollowUp_CompletedBeforeTheDecision_LeavesTheCommitteeVoting()
    {
        var id = await StartAtCommitteeAsync("c7");
        await _h.AdvanceAsync(TimeSpan.FromDays(14));

        await _h.CompleteAsync(id, "directorFollowUp", PolicyHarness.Director, data: new() { ["notes"] = "تم التواصل مع رئيس اللجنة" });

        (await _h.OpenTasksAsync(id)).Select(t => t.ElementId).Should().Equal("committeeVote");
        await _h.VoteAsync(id, "m1", "accept");
        await _h.VoteAsync(id, "m2", "accept");
        (await _h.OpenTasksAsync(id)).Select(t => t.ElementId).Should().Equal("deliverService");
    }

    [Fact]
    public async Task InquiryOnly_AnsweredAtIntake_IsSentTheAnswer_AndEnds()
    {
        var id = await _h.StartAsync("q1", new() { [PolicyVariables.RequestKind] = "inquiry", [PolicyVariables.Answer] = "نعم، تقدم الجمعية الأطراف الصناعية." });

        (await _h.StateAsync(id)).Status.Should().Be(InstanceStatus.Completed);
        (await _h.PathAsync(id)).Should().Equal("start", "recordInquiry", "gwInquiry", "notifyInquiryAnswer", "endInquiry");
        var answer = _h.Notifications(id).Should().ContainSingle().Subject;
        (answer.EventName, answer.Recipient).Should().Be(("inquiry-answered", "case:q1"));
        answer.Data["answer"].Should().Be("نعم، تقدم الجمعية الأطراف الصناعية.");
    }

    [Fact]
    public async Task InquiryOnly_WithoutAnAnswer_WaitsForTheOfficer_ThenEnds()
    {
        var id = await _h.StartAsync("q2", new() { [PolicyVariables.RequestKind] = "inquiry" });
        (await _h.TaskAsync(id, "answerInquiry")).CandidateRoles.Should().Equal(PolicyRoles.RelationsOfficer);
        _h.Notifications(id).Should().BeEmpty();

        await _h.CompleteAsync(id, "answerInquiry", PolicyHarness.Officer, data: new() { [PolicyVariables.Answer] = "مواعيد العمل من الأحد إلى الخميس." });

        (await _h.StateAsync(id)).Status.Should().Be(InstanceStatus.Completed);
        (await _h.PathAsync(id)).Should().Equal("start", "recordInquiry", "gwInquiry", "answerInquiry", "notifyInquiryAnswer", "endInquiry");
        _h.Notifications(id).Should().ContainSingle().Which.Data["answer"].Should().Be("مواعيد العمل من الأحد إلى الخميس.");
    }

    [Fact]
    public async Task CompleteTask_Throws_WhenTheUserLacksTheTasksRole()
    {
        var id = await StartCompleteCaseAsync("c8");
        var attestation = await _h.TaskAsync(id, "attestation");

        var byMember = async () => await _h.Runtime.CompleteTaskAsync(attestation.Id, "attested", null, PolicyHarness.Member("m1"));
        await byMember.Should().ThrowAsync<NotCandidateException>();
        await _h.Runtime.CompleteTaskAsync(attestation.Id, "attested", null, PolicyHarness.Officer);
        var vote = await _h.TaskAsync(id, "committeeVote");
        var byOfficer = async () => await _h.Runtime.CompleteTaskAsync(vote.Id, "accept", new Dictionary<string, object?> { [PolicyVariables.MemberId] = "m1" }, PolicyHarness.Officer);
        await byOfficer.Should().ThrowAsync<NotCandidateException>();

        (await _h.OpenTasksAsync(id)).Select(t => t.Id).Should().Equal(vote.Id);
        (await _h.StateAsync(id)).Variables.Should().NotContainKey(PolicyVariables.CommitteeVotes);
    }

    [Fact]
    public async Task AttestationDeclined_ClosesTheRequest_WithoutTheCommittee()
    {
        var id = await StartCompleteCaseAsync("c9");

        await _h.CompleteAsync(id, "attestation", PolicyHarness.Officer, "declined");

        (await _h.StateAsync(id)).Status.Should().Be(InstanceStatus.Completed);
        (await _h.PathAsync(id)).Should().EndWith(["attestation", "gwAttested", "endNotAttested"]);
        _h.Notifications(id).Should().BeEmpty();
    }

    [Fact]
    public async Task Survey_ClosesAfterTwoWeeksWithoutAnAnswer()
    {
        var id = await StartAtCommitteeAsync("c10");
        await _h.VoteAsync(id, "m1", "accept");
        await _h.VoteAsync(id, "m2", "accept");
        await _h.CompleteAsync(id, "deliverService", PolicyHarness.Officer, data: new() { ["serviceName"] = "علاج طبيعي", ["deliveredOn"] = "2026-01-02" });

        await _h.AdvanceAsync(TimeSpan.FromDays(14));

        (await _h.StateAsync(id)).Status.Should().Be(InstanceStatus.Completed);
        (await _h.PathAsync(id)).Should().EndWith(["openSurvey", "awaitSurvey", "surveyClosed", "endSurveyClosed"]);
        (await _h.Runtime.CorrelateMessageAsync(PolicyMessages.SurveyAnswered, "c10", null)).Should().Be(0);
    }
}
