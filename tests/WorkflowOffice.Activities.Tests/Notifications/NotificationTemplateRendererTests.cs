using WorkflowOffice.Activities.Notifications;

namespace WorkflowOffice.Activities.Tests.Notifications;

public sealed class NotificationTemplateRendererTests : IDisposable
{
    private readonly InMemoryTemplateSource _memory = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "wo-templates-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static TemplateKey Key(string language, NotificationChannel channel) => new("test-event", language, channel);

    [Fact]
    public async Task RenderAsync_EscapesValuesInEmailBody_ButNotInSubjectOrSms()
    {
        _memory.Templates["*/test-event.en.email"] = "Subject: Hello {{name}}\n<p>Hello {{name}}</p>";
        _memory.Templates["*/test-event.en.sms"] = "Hello {{name}}";
        var renderer = new NotificationTemplateRenderer(_memory);
        var model = new { name = "Sara & <Huda>" };

        var email = await renderer.RenderAsync(Key("en", NotificationChannel.Email), null, model);
        var sms = await renderer.RenderAsync(Key("en", NotificationChannel.Sms), null, model);

        email.Subject.Should().Be("Hello Sara & <Huda>");
        email.Body.Should().Be("<p>Hello Sara &amp; &lt;Huda&gt;</p>");
        sms.Subject.Should().BeNull();
        sms.Body.Should().Be("Hello Sara & <Huda>");
    }

    [Fact]
    public async Task RenderAsync_Throws_NamingTheKey_WhenNoTemplateExists()
    {
        var renderer = new NotificationTemplateRenderer(_memory);

        var act = () => renderer.RenderAsync(Key("ar", NotificationChannel.Portal), "BTR", new { });

        (await act.Should().ThrowAsync<NotificationTemplateNotFoundException>())
            .WithMessage("*test-event.ar.portal*BTR*")
            .Which.Key.Should().Be(Key("ar", NotificationChannel.Portal));
    }

    [Fact]
    public async Task RenderAsync_Throws_WhenTheTemplateNamesAValueTheModelLacks()
    {
        _memory.Templates["*/test-event.ar.sms"] = "رقم ملفك {{fileNumber}}";
        var renderer = new NotificationTemplateRenderer(_memory);

        var act = () => renderer.RenderAsync(Key("ar", NotificationChannel.Sms), null, new { reference = "R-1" });

        (await act.Should().ThrowAsync<NotificationTemplateException>()).WithMessage("*test-event.ar.sms*fileNumber*");
    }

    [Fact]
    public async Task RenderAsync_AcceptsNullForOptionalValues()
    {
        _memory.Templates["*/test-event.en.sms"] = "Hi{{#if note}} ({{note}}){{/if}}";
        var renderer = new NotificationTemplateRenderer(_memory);

        var rendered = await renderer.RenderAsync(Key("en", NotificationChannel.Sms), null, new Dictionary<string, object?> { ["note"] = null });

        rendered.Body.Should().Be("Hi");
    }

    [Fact]
    public async Task RenderAsync_Throws_WhenAnEmailTemplateHasNoSubjectLine()
    {
        _memory.Templates["*/test-event.en.email"] = "<p>Hello</p>";
        var renderer = new NotificationTemplateRenderer(_memory);

        var act = () => renderer.RenderAsync(Key("en", NotificationChannel.Email), null, new { });

        (await act.Should().ThrowAsync<NotificationTemplateException>()).WithMessage("*Subject:*");
    }

    [Fact]
    public async Task Helpers_FormatDatesWithHijriBeside_AndDigitsInArabic()
    {
        _memory.Templates["*/test-event.ar.sms"] = "{{date due}} | {{hijri due}} | {{digits n}}";
        _memory.Templates["*/test-event.en.sms"] = "{{date due}} | {{gregorian due}} | {{digits n}}";
        var renderer = new NotificationTemplateRenderer(_memory);
        var model = new { due = new DateOnly(2023, 11, 14), n = 14 };

        var ar = await renderer.RenderAsync(Key("ar", NotificationChannel.Sms), null, model);
        var en = await renderer.RenderAsync(Key("en", NotificationChannel.Sms), null, model);

        ar.Body.Should().Be("١٤ نوفمبر ٢٠٢٣م (٣٠ ربيع الآخر ١٤٤٥ هـ) | ٣٠ ربيع الآخر ١٤٤٥ هـ | ١٤");
        en.Body.Should().Be("14 November 2023 (30 Rabi al-Thani 1445 AH) | 14 November 2023 | 14");
    }

    [Fact]
    public async Task DateHelper_ShowsAnInstantOnItsSaudiDate()
    {
        _memory.Templates["*/test-event.en.sms"] = "{{gregorian at}}";
        var renderer = new NotificationTemplateRenderer(_memory);

        // 22:30 UTC on 13 November is 01:30 on 14 November in Riyadh.
        var rendered = await renderer.RenderAsync(
            Key("en", NotificationChannel.Sms), null, new { at = new DateTimeOffset(2023, 11, 13, 22, 30, 0, TimeSpan.Zero) });

        rendered.Body.Should().Be("14 November 2023");
    }

    [Fact]
    public async Task FileSystemSource_PrefersTheAssociationsOverride_AndFallsBackToTheShippedTemplate()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "associations", "BTR"));
        await File.WriteAllTextAsync(Path.Combine(_folder, "test-event.ar.sms.hbs"), "النص الافتراضي");
        await File.WriteAllTextAsync(Path.Combine(_folder, "associations", "BTR", "test-event.ar.sms.hbs"), "نص جمعية بتور");
        var renderer = new NotificationTemplateRenderer(new FileSystemTemplateSource(_folder));

        var batoor = await renderer.RenderAsync(Key("ar", NotificationChannel.Sms), "BTR", new { });
        var zulfi = await renderer.RenderAsync(Key("ar", NotificationChannel.Sms), "ZHV", new { });

        batoor.Body.Should().Be("نص جمعية بتور");
        batoor.Origin.Should().Contain("associations").And.Contain("BTR");
        zulfi.Body.Should().Be("النص الافتراضي");
    }

    [Fact]
    public async Task RenderAsync_UsesAnEditedTemplateAtOnce()
    {
        _memory.Templates["*/test-event.en.portal"] = "First wording";
        var renderer = new NotificationTemplateRenderer(_memory);
        (await renderer.RenderAsync(Key("en", NotificationChannel.Portal), null, new { })).Body.Should().Be("First wording");

        _memory.Templates["*/test-event.en.portal"] = "Second wording";

        (await renderer.RenderAsync(Key("en", NotificationChannel.Portal), null, new { })).Body.Should().Be("Second wording");
    }

    [Fact]
    public async Task LayeredSource_TakesTheFirstSourceThatHasTheTemplate()
    {
        var overrides = new InMemoryTemplateSource();
        overrides.Templates["BTR/test-event.en.sms"] = "override";
        _memory.Templates["*/test-event.en.sms"] = "default";
        var renderer = new NotificationTemplateRenderer(new LayeredTemplateSource(overrides, _memory));

        (await renderer.RenderAsync(Key("en", NotificationChannel.Sms), "BTR", new { })).Body.Should().Be("override");
        (await renderer.RenderAsync(Key("en", NotificationChannel.Sms), "ZHV", new { })).Body.Should().Be("default");
    }

    [Theory]
    [InlineData("../secrets", "ar")]
    [InlineData("Upper", "ar")]
    [InlineData("ok-event", "fr")]
    public void TemplateKey_RefusesUnsafeEventNamesAndUnknownLanguages(string eventName, string language)
    {
        var act = () => new TemplateKey(eventName, language, NotificationChannel.Sms);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public async Task FileSystemSource_RefusesAnAssociationCodeThatIsAPath()
    {
        var source = new FileSystemTemplateSource(_folder);

        var act = async () => await source.FindAsync(Key("ar", NotificationChannel.Sms), "../BTR");

        await act.Should().ThrowAsync<ArgumentException>();
    }
}
