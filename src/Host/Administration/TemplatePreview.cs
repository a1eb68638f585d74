using System.Globalization;
using System.Text.RegularExpressions;
using HandlebarsDotNet;
using WorkflowOffice.Activities.Notifications;
using WorkflowOffice.Host.Notifications;

namespace WorkflowOffice.Host.Administration;

/// <summary>
/// The notification templates as the administrator edits them: the shipped text of each event × language ×
/// channel, and a preview of edited text rendered by the real <see cref="NotificationTemplateRenderer"/> on sample
/// values, so a mistake (an unknown variable, a missing subject line) shows before anything is sent.
/// </summary>
public sealed partial class TemplatePreview(IHostEnvironment environment, TimeProvider clock, NotificationComposer composer)
{
    private readonly string _root = FindTemplates(environment.ContentRootPath);

    public static IReadOnlyList<NotificationChannel> Channels { get; } = [NotificationChannel.Sms, NotificationChannel.Email, NotificationChannel.Portal];

    /// <summary>The shipped text of a template, or an empty string when there is none.</summary>
    public async Task<string> ShippedTextAsync(TemplateKey key, CancellationToken cancellationToken = default)
    {
        var found = await new FileSystemTemplateSource(_root).FindAsync(key, null, cancellationToken);
        return found?.Text ?? "";
    }

    /// <summary>Renders <paramref name="text"/> as the template for <paramref name="key"/> on sample values.</summary>
    public async Task<TemplatePreviewResult> RenderAsync(TemplateKey key, string text, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new TemplatePreviewResult(null, null, "The template is empty.", 1);
        }

        // A syntax error is reported by the parser with its line in the whole text (the e-mail subject line
        // included), which is what the administrator sees in the editor.
        if (SyntaxError(text) is { } syntax)
        {
            return syntax;
        }

        var renderer = new NotificationTemplateRenderer(new SingleTemplateSource(text));
        try
        {
            var rendered = await renderer.RenderAsync(key, null, SampleModel(key), cancellationToken);
            return new TemplatePreviewResult(rendered.Subject, rendered.Body, null);
        }
        catch (NotificationTemplateException ex)
        {
            return new TemplatePreviewResult(null, null, ex.Message, LineOf(ex, text));
        }
    }

    private static TemplatePreviewResult? SyntaxError(string text)
    {
        try
        {
            Handlebars.Create().Compile(text.ReplaceLineEndings("\n"));
            return null;
        }
        catch (HandlebarsException ex)
        {
            return new TemplatePreviewResult(null, null, ex.Message.ReplaceLineEndings(" ").Trim(), Locate(ex.Message, text));
        }
    }

    /// <summary>The line a Handlebars error message points at ("Occured at: 3:5"), or the first line naming what it quotes.</summary>
    private static int? Locate(string message, string text)
    {
        var match = LinePattern().Match(message);
        if (match.Success)
        {
            return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        // Some errors carry no position (an unclosed block is found at the end of the text): point at the first
        // expression that names what the message quotes, e.g. the '{{#if' left open.
        return QuotedPattern().Match(message) is { Success: true } quoted ? FirstLineNaming(text, quoted.Groups[1].Value) : null;
    }

    /// <summary>The first line that names the variable the model lacks (strict binding), or the subject line's error.</summary>
    private static int? LineOf(NotificationTemplateException exception, string text)
    {
        if (exception.Message.Contains("must start with a 'Subject:", StringComparison.Ordinal))
        {
            return 1;
        }

        var missing = exception.InnerException is HandlebarsDotNet.Compiler.HandlebarsUndefinedBindingException undefined
            ? undefined.MissingKey
            : null;
        if (missing is null)
        {
            return exception.InnerException is { } inner ? Locate(inner.Message, text) : null;
        }

        return FirstLineNaming(text, missing);
    }

    private static int? FirstLineNaming(string text, string name)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (Regex.IsMatch(lines[i], @"\{\{[^}]*\b" + Regex.Escape(name) + @"\b", RegexOptions.None, TimeSpan.FromSeconds(1)))
            {
                return i + 1;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?:at|line)[:\s]+(\d+)[:,]", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex LinePattern();

    [GeneratedRegex(@"'#?([A-Za-z_][\w.-]*)'", RegexOptions.None, 1000)]
    private static partial Regex QuotedPattern();

    /// <summary>
    /// The model the preview renders: sample data shaped exactly like what the procedure's steps send (missing items
    /// as records, dates as instants, the survey link as issued), turned into the template model by the same
    /// <see cref="NotificationComposer.Model(IReadOnlyDictionary{string, object?}, string, string, string)"/> as a real send.
    /// </summary>
    public Dictionary<string, object?> SampleModel(TemplateKey key)
    {
        var arabic = key.Language == "ar";
        return composer.Model(
            SampleData(arabic),
            key.Language,
            arabic ? "سارة العتيبي" : "Sara Al-Otaibi",
            arabic ? "جمعية رعاية مبتوري الأطراف" : "Amputee Care Association");
    }

    /// <summary>Language-free data as the steps request it; free text (answers, reasons) is what staff would type.</summary>
    private Dictionary<string, object?> SampleData(bool arabic)
    {
        var now = clock.GetUtcNow();
        static Dictionary<string, object?> Item(string code, string kind, string reason, string ar, string en) =>
            new(StringComparer.Ordinal) { ["code"] = code, ["kind"] = kind, ["reason"] = reason, ["ar"] = ar, ["en"] = en };
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["caseId"] = "0193a1b2-0000-7000-8000-000000000123",
            ["reference"] = "BTR-C-2026-000123",
            ["dueDate"] = now.AddDays(14).ToString("O", CultureInfo.InvariantCulture),
            ["items"] = new List<object?>
            {
                Item("national-id-card", "Document", "Expired", "صورة الهوية الوطنية سارية المفعول (المرفقة منتهية)", "A valid national ID card copy (the one given has expired)"),
                Item("medical-report", "Document", "Missing", "تقرير طبي حديث", "A recent medical report"),
            },
            ["answer"] = arabic ? "نعم، يمكنك التقديم عبر الموقع." : "Yes, you can apply on the website.",
            ["researcherName"] = arabic ? "أ. خالد" : "Mr Khalid",
            ["code"] = "482913",
            ["validMinutes"] = 10m,
            ["reasons"] = new List<object?> { arabic ? "الدخل أعلى من الحد المعتمد" : "Income above the threshold" },
            ["fileNumber"] = "BTR-2026-000042",
            ["serviceName"] = arabic ? "طرف صناعي" : "Prosthetic limb",
            ["deliveredOn"] = DateOnly.FromDateTime(now.UtcDateTime).ToString("O", CultureInfo.InvariantCulture),
            ["surveyLink"] = "https://example.org/survey/sample-token",
            ["closesOn"] = now.AddDays(30).ToString("O", CultureInfo.InvariantCulture),
        };
    }

    private static string FindTemplates(string contentRoot)
    {
        // Development and tests run inside the repository: the shipped templates are in workflows/templates above.
        for (var folder = new DirectoryInfo(contentRoot); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "workflows", "templates");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.Combine(contentRoot, "workflows", "templates");
    }

    private sealed class SingleTemplateSource(string text) : ITemplateSource
    {
        public ValueTask<TemplateText?> FindAsync(TemplateKey key, string? associationCode, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult<TemplateText?>(new TemplateText(text, "preview"));
    }
}
