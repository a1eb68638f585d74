using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WorkflowOffice.Activities.Notifications;
using WorkflowOffice.Host.Administration;
using WorkflowOffice.Host.Notifications;
using WorkflowOffice.Host.Persistence;
using WorkflowOffice.Host.Tests.Cases;
using static WorkflowOffice.Host.Tests.Cases.PolicyApi;

namespace WorkflowOffice.Host.Tests.Administration;

/// <summary>
/// Issue 5, Administration: an association's own wording of a notification template is saved (version, time,
/// author), validated before it is saved, used for the association's next message, and can be reset to the shipped
/// text. Exercised on STEP-1's inquiry-answered SMS.
/// </summary>
public abstract class TemplateOverrideTests(CasesFixture fixture)
{
    private static readonly TemplateKey InquirySmsAr = new(NotificationEvents.InquiryAnswered, "ar", NotificationChannel.Sms);

    [Fact]
    public async Task SavedTemplate_IsUsedForTheNextMessage_AndResetBringsTheShippedTextBack()
    {
        using var scope = fixture.Factory.Services.CreateScope();
        var overrides = await OverridesAsAdminAsync(scope, Director);
        try
        {
            var saved = await overrides.SaveAsync(InquirySmsAr, "مرحباً {{recipientName}}، إجابة جمعيتنا (صيغة خاصة): {{answer}}");
            saved.Error.Should().BeNull();
            saved.Version.Should().Be(1);
            (await overrides.SaveAsync(InquirySmsAr, "أهلاً {{recipientName}}، صيغة بتور الثانية: {{answer}}")).Version.Should().Be(2);
            var info = await overrides.FindAsync(InquirySmsAr);
            info!.Version.Should().Be(2);
            info.UpdatedAt.Should().Be(fixture.Clock.GetUtcNow());
            info.UpdatedByEn.Should().NotBeEmpty("the author is shown beside the version");

            (await InquirySmsAsync()).Body.Should().Contain("صيغة بتور الثانية").And.Contain("الهوية الوطنية وتقرير طبي حديث.");

            // Zulfi's messages keep the shipped text: an override belongs to one association.
            using var zulfi = await fixture.SignInAsync(ZulfiOfficer);
            (await InquirySmsAsync(zulfi)).Body.Should().NotContain("صيغة بتور");

            (await overrides.ResetAsync(InquirySmsAr)).Should().BeTrue();
            (await overrides.FindAsync(InquirySmsAr)).Should().BeNull();
            (await InquirySmsAsync()).Body.Should().NotContain("صيغة بتور").And.Contain("الهوية الوطنية وتقرير طبي حديث.");
        }
        finally
        {
            await overrides.ResetAsync(InquirySmsAr);
        }
    }

    [Fact]
    public async Task Save_RefusesAHandlebarsError_WithTheTemplatesLine_AndKeepsTheShippedText()
    {
        using var scope = fixture.Factory.Services.CreateScope();
        var overrides = await OverridesAsAdminAsync(scope, Director);

        var broken = await overrides.SaveAsync(InquirySmsAr, "السلام عليكم {{recipientName}}،\n{{#if answer}}\n{{answer}}\n");
        broken.Version.Should().BeNull();
        broken.Error!.Error.Should().NotBeNullOrEmpty();
        broken.Error.Line.Should().Be(2, "the administrator is told where the mistake is: {0}", broken.Error.Error);

        var unknown = await overrides.SaveAsync(InquirySmsAr, "السلام عليكم {{recipientName}}،\nإجابتنا: {{answer}}\nرقم ملفك {{fileNo}}");
        unknown.Version.Should().BeNull();
        unknown.Error!.Error.Should().Contain("fileNo");
        unknown.Error.Line.Should().Be(3);

        var email = await overrides.SaveAsync(new TemplateKey(NotificationEvents.InquiryAnswered, "en", NotificationChannel.Email), "Hello {{recipientName}}");
        email.Error!.Line.Should().Be(1, "an e-mail template must start with its Subject line");

        (await overrides.FindAsync(InquirySmsAr)).Should().BeNull("nothing invalid is saved");
    }

    [Fact]
    public async Task TemplatesPage_IsOnlyForAdministrators()
    {
        using var officer = fixture.Anonymous();
        var response = await officer.GetAsync("/administration/templates");
        response.StatusCode.Should().NotBe(HttpStatusCode.OK);
    }

    private static async Task<TemplateOverrides> OverridesAsAdminAsync(IServiceScope scope, string email)
    {
        var db = scope.ServiceProvider.GetRequiredService<WorkflowOfficeDbContext>();
        var user = await SignedInAs.LoadAsync(db, email);
        return ActivatorUtilities.CreateInstance<TemplateOverrides>(scope.ServiceProvider, user);
    }

    private async Task<NotificationMessage> InquirySmsAsync(HttpClient? client = null)
    {
        using var officer = client is null ? await fixture.SignInAsync(Officer) : null;
        var response = await (client ?? officer!).PostAsJsonAsync("/api/inquiries", new
        {
            channel = "CH-2",
            question = "ما المستندات المطلوبة للطرف الصناعي؟",
            answer = "الهوية الوطنية وتقرير طبي حديث.",
            contactName = "أم فهد",
            mobile = "0501234567",
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var caseId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseId").GetGuid();
        return (await fixture.MessagesAsync(caseId)).Single(m => m.Channel == "sms" && m.Event == NotificationEvents.InquiryAnswered);
    }

    [Collection(CasesCollection.Name)]
    public sealed class OnPostgres(PostgresCasesFixture fixture) : TemplateOverrideTests(fixture);

    public sealed class OnSqlite(SqliteCasesFixture fixture) : TemplateOverrideTests(fixture), IClassFixture<SqliteCasesFixture>;
}
