using WorkflowOffice.Activities.Notifications;

namespace WorkflowOffice.Host.Administration;

/// <summary>
/// The notification templates as the administrator edits them: the shipped text of each event × language ×
/// channel, and a preview of edited text rendered by the real <see cref="NotificationTemplateRenderer"/> on sample
/// values, so a mistake (an unknown variable, a missing subject line) shows before anything is sent.
/// </summary>
public sealed class TemplatePreview(IHostEnvironment environment, TimeProvider clock)
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
        var renderer = new NotificationTemplateRenderer(new SingleTemplateSource(text));
        try
        {
            var rendered = await renderer.RenderAsync(key, null, SampleModel(key), cancellationToken);
            return new TemplatePreviewResult(rendered.Subject, rendered.Body, null);
        }
        catch (NotificationTemplateException ex)
        {
            return new TemplatePreviewResult(null, null, ex.Message);
        }
    }

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
