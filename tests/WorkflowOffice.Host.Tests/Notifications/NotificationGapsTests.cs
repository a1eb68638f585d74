using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowOffice.Activities.Notifications;
using WorkflowOffice.Host.Administration;
using WorkflowOffice.Host.Cases;
using WorkflowOffice.Host.Cases.Workflow;
using WorkflowOffice.Host.Inquiries;
using WorkflowOffice.Host.Notifications;
using WorkflowOffice.Host.Persistence;
using WorkflowOffice.Host.Tests.Administration;
using WorkflowOffice.Host.Tests.Cases;
using WorkflowOffice.Host.Workflows.Outbox;
using static WorkflowOffice.Host.Tests.Cases.PolicyApi;

namespace WorkflowOffice.Host.Tests.Notifications;

/// <summary>Notifications the beneficiary would otherwise miss or receive wrong: dead letters re-sent, closing as incomplete, an answer after a restart.</summary>
public abstract class NotificationGapsTests(CasesFixture fixture)
{
    [Fact]
    public async Task DeadLetter_SentAgainAfterTheTemplateIsFixed_IsRenderedWithTheFixedTemplate()
    {
        // A broken wording of STEP-1's SMS (as a file override or an older build could leave it): the message is
        // dead-lettered with no text.
        var associationId = await fixture.QueryAsync(db => db.Associations.Where(a => a.Code == "BTR").Select(a => a.Id).SingleAsync());
        var overrideId = Guid.CreateVersion7();
        await fixture.QueryAsync(async db =>
        {
            db.Add(new NotificationTemplateOverride
            {
                Id = overrideId, AssociationId = associationId, Event = NotificationEvents.InquiryAnswered, Language = "ar", Channel = "sms",
                Text = "{{recipientName}}: {{answr}}", Version = 1, UpdatedAt = fixture.Clock.GetUtcNow(),
            });
            return await db.SaveChangesAsync();
        });
        try
        {
            using var officer = await fixture.SignInAsync(Officer);
            var response = await officer.PostAsJsonAsync("/api/inquiries", new
            {
                channel = "CH-2", question = "هل الخدمة مجانية؟", answer = "نعم، الخدمة مجانية بالكامل.", contactName = "أبو سالم", mobile = "0501234567",
            });
            var caseId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseId").GetGuid();
            var dead = (await fixture.MessagesAsync(caseId)).Single(m => m.Channel == "sms");
            dead.Status.Should().Be(NotificationStatus.DeadLetter);
            dead.Body.Should().BeEmpty();
            await fixture.MessagesAsync(caseId); // the relay mirrors the dead message onto its outbox row
            var row = await fixture.QueryAsync(db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == dead.SourceId));
            row.DeadLetteredAt.Should().NotBeNull();

            // The administrator fixes the wording, then sends the dead letter again from the outbox page.
            await fixture.QueryAsync(db => db.Set<NotificationTemplateOverride>().Where(o => o.Id == overrideId)
                .ExecuteUpdateAsync(u => u.SetProperty(o => o.Text, "{{recipientName}}، الإجابة المصححة: {{answer}}").SetProperty(o => o.Version, 2)));
            using (var scope = fixture.Factory.Services.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<WorkflowOfficeDbContext>();
                var admin = ActivatorUtilities.CreateInstance<RuntimeAdministration>(scope.ServiceProvider, await SignedInAs.LoadAsync(db, Director));
                await admin.RetryDeadLetterAsync(row.Id);
            }

            var sent = (await fixture.MessagesAsync(caseId)).Single(m => m.Channel == "sms");
            sent.Status.Should().Be(NotificationStatus.Sent, sent.LastError);
            sent.Body.Should().Contain("الإجابة المصححة").And.Contain("نعم، الخدمة مجانية بالكامل.");
            (await fixture.MessagesAsync(caseId)).Should().ContainSingle(m => m.Channel == "sms", "the message is rendered again, not duplicated");
        }
        finally
        {
            await fixture.QueryAsync(db => db.Set<NotificationTemplateOverride>().Where(o => o.Id == overrideId).ExecuteDeleteAsync());
        }
    }

    [Fact]
    public async Task MissingItems_NeverBrought_CloseTheCase_AndTheBeneficiaryIsToldWhatWasMissing()
    {
        // STEP-2: the two weeks for the missing items pass; the request closes as incomplete and the beneficiary is told.
        using var officer = await fixture.SignInAsync(Officer);
        var caseId = (await CreateCaseAsync(officer, documents: new[] { new { type = "national-id-card", number = "A1", expiresOn = "2030-01-01" } }))
            .GetProperty("id").GetGuid();
        (await StatusAsync(officer, caseId)).Should().Be("awaitingItems");

        await fixture.AdvanceAsync(TimeSpan.FromDays(14) + TimeSpan.FromMinutes(1));

        using var later = await fixture.SignInAsync(Officer);
        (await StatusAsync(later, caseId)).Should().Be("closedIncomplete");
        var messages = await fixture.MessagesAsync(caseId);
        var sms = messages.Should().ContainSingle(m => m.Event == NotificationEvents.ItemsClosedIncomplete && m.Channel == "sms").Subject;
        sms.Body.Should().Contain("أُغلق طلبك").And.Contain("تقرير طبي حديث");
        messages.Should().ContainSingle(m => m.Event == NotificationEvents.ItemsClosedIncomplete && m.Channel == "portal", "the status page shows it too");
    }

    [Fact]
    public async Task StartPending_SendsTheEnquirysAnswer_WhenAnAnsweredEnquiryWasCommittedWithoutItsWorkflow()
    {
        // STEP-1, GOAL-3: a crash between the enquiry's commit and its workflow's start; at start-up the workflow is
        // started again and must still send the answer the officer wrote.
        var caseId = Guid.CreateVersion7();
        const string Answer = "نعم، يمكنك التقديم عبر الموقع وإرفاق التقرير الطبي.";
        await fixture.QueryAsync(async db =>
        {
            var association = await db.Associations.SingleAsync(a => a.Code == "BTR");
            var sequence = 800_000 + Random.Shared.Next(100_000);
            db.Add(new SupportCase
            {
                Id = caseId, AssociationId = association.Id, Reference = $"BTR-I-2027-{sequence}", Year = 2027, Sequence = sequence,
                Channel = "CH-2", Kind = "inquiry", Status = "received", CreatedAt = fixture.Clock.GetUtcNow(), CreatedBy = "test",
            });
            db.Add(new Inquiry
            {
                Id = Guid.CreateVersion7(), AssociationId = association.Id, CaseId = caseId, Channel = "CH-2", ContactName = "أم خالد",
                Mobile = "+966501234567", Question = "هل يمكنني التقديم عبر الموقع؟", Answer = Answer,
                ReceivedAt = fixture.Clock.GetUtcNow(), AnsweredAt = fixture.Clock.GetUtcNow(), AnsweredBy = "test",
            });
            return await db.SaveChangesAsync();
        });

        using (var scope = fixture.Factory.Services.CreateScope())
        {
            (await scope.ServiceProvider.GetRequiredService<CaseWorkflowStarter>().StartPendingAsync(CancellationToken.None)).Should().BeGreaterThanOrEqualTo(1);
        }

        var sms = (await fixture.MessagesAsync(caseId)).Single(m => m.Channel == "sms");
        sms.Event.Should().Be(NotificationEvents.InquiryAnswered);
        sms.Body.Should().Contain(Answer);
    }

    [Fact]
    public async Task CommitteeVote_CountsForTheSignedInMember_NeverForAMemberIdInTheBody()
    {
        // STEP-5: a member cannot cast a vote in a colleague's name by putting their id in the request.
        using var officer = await fixture.SignInAsync(Officer);
        using var committee = await fixture.SignInAsync(Committee);
        var caseId = (await CreateCaseAsync(officer)).GetProperty("id").GetGuid();
        await CompleteOkAsync(officer, await TaskAsync(officer, caseId, "attestation"), "attested", new { method = "signature", signature = "M0,0 L10,10" });
        var (memberId, officerId) = await fixture.QueryAsync(async db => (
            await db.Users.Where(u => u.Email == Committee).Select(u => u.Id).SingleAsync(),
            await db.Users.Where(u => u.Email == Officer).Select(u => u.Id).SingleAsync()));

        await CompleteOkAsync(committee, await TaskAsync(officer, caseId, "committeeVote"), "accept", new { memberId = officerId.ToString(), reasons = "مستوفٍ" });

        var vote = await fixture.QueryAsync(db => db.Set<CommitteeVoteRecord>().AsNoTracking().SingleAsync(v => v.CaseId == caseId));
        vote.MemberId.Should().Be(memberId);
        (await fixture.MessagesAsync(caseId)).Should().Contain(m => m.Event == NotificationEvents.CommitteeAccepted && m.Channel == "sms");
    }

    [Collection(CasesCollection.Name)]
    public sealed class OnPostgres(PostgresCasesFixture fixture) : NotificationGapsTests(fixture);

    public sealed class OnSqlite(SqliteCasesFixture fixture) : NotificationGapsTests(fixture), IClassFixture<SqliteCasesFixture>;
}
