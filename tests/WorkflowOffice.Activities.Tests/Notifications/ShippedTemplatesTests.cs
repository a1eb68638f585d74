using WorkflowOffice.Activities.Calendar;
using WorkflowOffice.Activities.Notifications;

namespace WorkflowOffice.Activities.Tests.Notifications;

/// <summary>Renders every template shipped in workflows/templates with sample data and checks the facts a recipient needs.</summary>
public class ShippedTemplatesTests
{
    private static readonly string TemplatesFolder = Path.Combine(AppContext.BaseDirectory, "templates");
    private static readonly DateOnly DueDate = new(2026, 3, 24);
    private static readonly DateOnly DeliveredOn = new(2026, 4, 2);
    private static readonly NotificationChannel[] Channels = [NotificationChannel.Sms, NotificationChannel.Email, NotificationChannel.Portal];

    public static TheoryData<string, string, NotificationChannel> AllKeys()
    {
        var data = new TheoryData<string, string, NotificationChannel>();
        foreach (var eventName in NotificationEvents.All)
        {
            foreach (var language in TemplateKey.Languages)
            {
                foreach (var channel in Channels)
                {
                    data.Add(eventName, language, channel);
                }
            }
        }

        return data;
    }

    [Fact]
    public void EveryEventHasATemplatePerLanguageAndChannel_AndNoStrayFiles()
    {
        var expected = NotificationEvents.All
            .SelectMany(e => TemplateKey.Languages.SelectMany(l => Channels.Select(c => new TemplateKey(e, l, c).FileName)));

        var shipped = Directory.GetFiles(TemplatesFolder, "*.hbs").Select(Path.GetFileName);

        shipped.Should().BeEquivalentTo(expected);
    }

    [Theory]
    [MemberData(nameof(AllKeys))]
    public async Task ShippedTemplate_RendersWithSampleData_AndStatesTheKeyFacts(string eventName, string language, NotificationChannel channel)
    {
        var renderer = new NotificationTemplateRenderer(new FileSystemTemplateSource(TemplatesFolder));
        var key = new TemplateKey(eventName, language, channel);
        var (model, facts) = Sample(eventName, language);

        var rendered = await renderer.RenderAsync(key, null, model);

        rendered.Body.Should().NotContain("{{").And.NotContain("}}");
        rendered.Body.Should().NotBeNullOrWhiteSpace();
        foreach (var fact in facts)
        {
            rendered.Body.Should().Contain(channel == NotificationChannel.Email ? System.Net.WebUtility.HtmlEncode(fact) : fact, $"{key} must state it");
        }

        if (channel == NotificationChannel.Email)
        {
            rendered.Subject.Should().NotBeNullOrWhiteSpace();
            rendered.Body.Should().Contain(language == "ar" ? "dir=\"rtl\"" : "dir=\"ltr\"");
        }

        if (language == "ar")
        {
            rendered.Body.Should().MatchRegex("[\u0621-\u064A]", "an Arabic template is written in Arabic");
        }
    }

    [Fact]
    public async Task SentToCommittee_TellsTheBeneficiaryTheCommitteeAnswersWithinTwoWeeks()
    {
        var renderer = new NotificationTemplateRenderer(new FileSystemTemplateSource(TemplatesFolder));

        var ar = await renderer.RenderAsync(new TemplateKey(NotificationEvents.SentToCommittee, "ar", NotificationChannel.Sms), null, Sample(NotificationEvents.SentToCommittee, "ar").Model);
        var en = await renderer.RenderAsync(new TemplateKey(NotificationEvents.SentToCommittee, "en", NotificationChannel.Sms), null, Sample(NotificationEvents.SentToCommittee, "en").Model);

        ar.Body.Should().Contain("لجنة البحث").And.Contain("خلال أسبوعين").And.Contain("٥ شوال ١٤٤٧ هـ");
        en.Body.Should().Contain("research committee").And.Contain("within two weeks").And.Contain("24 March 2026");
    }

    [Fact]
    public async Task EmailTemplates_EscapeWhatTheBeneficiaryTyped()
    {
        var renderer = new NotificationTemplateRenderer(new FileSystemTemplateSource(TemplatesFolder));
        var model = new Dictionary<string, object?>
        {
            ["recipientName"] = "<script>alert(1)</script>",
            ["associationName"] = "Batoor",
            ["answer"] = "Yes",
        };

        var rendered = await renderer.RenderAsync(new TemplateKey(NotificationEvents.InquiryAnswered, "en", NotificationChannel.Email), null, model);

        rendered.Body.Should().NotContain("<script>").And.Contain("&lt;script&gt;");
    }

    private static (Dictionary<string, object?> Model, string[] Facts) Sample(string eventName, string language)
    {
        var ar = language == "ar";
        var recipient = ar ? "أحمد" : "Ahmed";
        var association = ar ? "جمعية بتور" : "Batoor Association";
        var model = new Dictionary<string, object?> { ["recipientName"] = recipient, ["associationName"] = association };
        var due = DateDisplay.Gregorian(DueDate, language);

        // The case reference is in every case's model; the events below list it as a fact where the recipient needs it.
        model["reference"] = "REQ-2026-0042";

        // Links to the public pages are in every model too (the host builds them on Public:BaseUrl).
        model["statusLink"] = "https://batoor.example/status?reference=REQ-2026-0042";
        model["attestationLink"] = "https://batoor.example/attest?reference=REQ-2026-0042";
        string[] facts = eventName switch
        {
            NotificationEvents.InquiryAnswered => Add(model, ("answer", ar ? "نعم، الخدمة مجانية" : "Yes, the service is free")),
            NotificationEvents.ItemsMissing or NotificationEvents.ItemsReminder or NotificationEvents.ItemsClosedIncomplete => [.. Add(model,
                ("reference", "REQ-2026-0042"), ("dueDate", DueDate),
                ("items", ar ? new[] { "التقرير الطبي", "صورة الهوية سارية" } : new[] { "Medical report", "A valid ID card" })), due],
            NotificationEvents.ReferredToResearch => Add(model, ("reference", "REQ-2026-0042"), ("researcherName", ar ? "نورة" : "Noura")),
            NotificationEvents.AttestationCode => Add(model, ("code", "482913"), ("validMinutes", 10)),
            NotificationEvents.SentToCommittee => [.. Add(model, ("reference", "REQ-2026-0042"), ("dueDate", DueDate)), due],
            NotificationEvents.CommitteeAccepted => Add(model, ("reference", "REQ-2026-0042")),
            NotificationEvents.CommitteeRejected => Add(model,
                ("reference", "REQ-2026-0042"),
                ("reasons", ar ? new[] { "الدخل أعلى من الحد المعتمد" } : new[] { "Income above the approved threshold" })),
            NotificationEvents.RegistrationCompleted => Add(model, ("fileNumber", "BTR-2026-000123")),
            NotificationEvents.ServiceDelivered => [.. Add(model,
                ("reference", "REQ-2026-0042"), ("serviceName", ar ? "طرف صناعي" : "a prosthetic limb"), ("deliveredOn", DeliveredOn)),
                DateDisplay.Gregorian(DeliveredOn, language)],
            NotificationEvents.SurveyInvitation => [.. Add(model, ("surveyLink", "https://batoor.example/s/abc123"), ("closesOn", DueDate)), due],
            NotificationEvents.CommitteeReminder or NotificationEvents.CommitteeEscalation => [.. Add(model,
                ("reference", "REQ-2026-0042"), ("dueDate", DueDate), ("caseLink", "https://office.example/cases/42")), due],
            _ => throw new InvalidOperationException($"No sample for {eventName}: add one when adding an event."),
        };

        // Every template addresses the recipient by name, except the one-time code, which is kept to the code itself.
        return (model, eventName == NotificationEvents.AttestationCode ? facts : [.. facts, recipient]);
    }

    // Adds values to the model and returns the texts a recipient must see (lists item by item, dates checked separately).
    private static string[] Add(Dictionary<string, object?> model, params (string Name, object Value)[] values)
    {
        var facts = new List<string>();
        foreach (var (name, value) in values)
        {
            model[name] = value;
            switch (value)
            {
                case string text:
                    facts.Add(text);
                    break;
                case string[] list:
                    facts.AddRange(list);
                    break;
            }
        }

        return [.. facts];
    }
}
