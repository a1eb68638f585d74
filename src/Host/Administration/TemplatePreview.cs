using System.Globalization;
using System.Text.RegularExpressions;
using HandlebarsDotNet;
using WorkflowOffice.Activities.Notifications;

namespace WorkflowOffice.Host.Administration;

/// <summary>
/// The notification templates as the administrator edits them: the shipped text of each event × language ×
/// channel, and a preview of edited text rendered by the real <see cref="NotificationTemplateRenderer"/> on sample
/// values, so a mistake (an unknown variable, a missing subject line) shows before anything is sent.
/// </summary>
public sealed partial class TemplatePreview(IHostEnvironment environment, TimeProvider clock)
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

    /// <summary>Sample values for every variable the event's templates may read (see workflows/templates/README.md).</summary>
    public Dictionary<string, object?> SampleModel(TemplateKey key)
    {
        var arabic = key.Language == "ar";
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["recipientName"] = arabic ? "سارة العتيبي" : "Sara Al-Otaibi",
            ["associationName"] = arabic ? "جمعية رعاية مبتوري الأطراف" : "Amputee Care Association",
            ["reference"] = "BTR-2025-000123",
            ["dueDate"] = today.AddDays(14),
            ["items"] = arabic ? new[] { "صورة الهوية الوطنية (منتهية)", "تقرير طبي" } : new[] { "National ID copy (expired)", "Medical report" },
            ["answer"] = arabic ? "نعم، يمكنك التقديم عبر الموقع." : "Yes, you can apply on the website.",
            ["researcherName"] = arabic ? "أ. خالد" : "Mr Khalid",
            ["code"] = "482913",
            ["validMinutes"] = 10,
            ["reasons"] = arabic ? new[] { "الدخل أعلى من الحد" } : new[] { "Income above the threshold" },
            ["fileNumber"] = "BTR-1446-0042",
            ["serviceName"] = arabic ? "طرف صناعي" : "Prosthetic limb",
            ["deliveredOn"] = today,
            ["surveyLink"] = "https://example.org/survey/abc",
            ["closesOn"] = today.AddDays(30),
            ["caseLink"] = "https://example.org/cases/123",
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
