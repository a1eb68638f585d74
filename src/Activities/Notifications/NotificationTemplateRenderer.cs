using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using HandlebarsDotNet;
using WorkflowOffice.Activities.Calendar;
using WorkflowOffice.Activities.Text;

namespace WorkflowOffice.Activities.Notifications;

/// <summary>
/// Renders the policy's notifications (STEP-1 to STEP-7, GOAL-5) from Handlebars templates, per event × language ×
/// channel, with the association's override when it has one.
/// </summary>
/// <remarks>
/// <para>
/// Email bodies are HTML and every value is HTML-escaped; SMS and portal messages are plain text and nothing is
/// escaped. An email template starts with a <c>Subject: …</c> line (rendered as plain text), then the body.
/// </para>
/// <para>
/// Binding is strict: a template that names a variable the model does not have fails with
/// <see cref="NotificationTemplateException"/> rather than sending a message with a blank where the file number or
/// deadline should be. Optional values must be present in the model with a <see langword="null"/> value.
/// </para>
/// <para>
/// Helpers: <c>{{date d}}</c> (Gregorian with the Umm al-Qura date beside it), <c>{{gregorian d}}</c>,
/// <c>{{hijri d}}</c>, and <c>{{digits x}}</c> (Arabic-Indic digits in Arabic templates). Dates may be
/// <see cref="DateOnly"/>, <see cref="DateTime"/>, <see cref="DateTimeOffset"/> (shown in Saudi time, UTC+3) or ISO
/// 8601 text.
/// </para>
/// <para>
/// Compiled templates are cached by the hash of their text, so an edited override takes effect at once and an
/// unchanged one is compiled once.
/// </para>
/// </remarks>
public sealed class NotificationTemplateRenderer
{
    private const string SubjectPrefix = "Subject:";

    // Saudi Arabia keeps UTC+3 all year (no daylight saving), so the local date of an instant needs no time zone database.
    private static readonly TimeSpan SaudiOffset = TimeSpan.FromHours(3);

    private readonly ITemplateSource _source;
    private readonly ConcurrentDictionary<string, HandlebarsTemplate<object, object>> _compiled = new(StringComparer.Ordinal);
    private readonly Dictionary<(bool Escape, string Language), IHandlebars> _environments = [];

    /// <summary>Creates a renderer that reads templates from <paramref name="source"/>.</summary>
    public NotificationTemplateRenderer(ITemplateSource source)
    {
        _source = source;
        foreach (var language in TemplateKey.Languages)
        {
            _environments[(true, language)] = CreateEnvironment(escape: true, language);
            _environments[(false, language)] = CreateEnvironment(escape: false, language);
        }
    }

    /// <summary>Renders the notification for <paramref name="key"/>.</summary>
    /// <param name="key">Event, language and channel.</param>
    /// <param name="associationCode">The association whose override is preferred, or <see langword="null"/> for the shipped template.</param>
    /// <param name="model">The values the template reads (an object or a dictionary).</param>
    /// <param name="cancellationToken">Cancels the template lookup.</param>
    /// <exception cref="NotificationTemplateNotFoundException">No template exists for the key.</exception>
    /// <exception cref="NotificationTemplateException">The template does not compile or names a value the model lacks.</exception>
    public async Task<RenderedNotification> RenderAsync(TemplateKey key, string? associationCode, object model, CancellationToken cancellationToken = default)
    {
        var template = await _source.FindAsync(key, associationCode, cancellationToken).ConfigureAwait(false)
            ?? throw new NotificationTemplateNotFoundException(key, associationCode);
        var text = template.Text.ReplaceLineEndings("\n");

        string? subjectSource = null;
        var bodySource = text;
        if (key.Channel == NotificationChannel.Email)
        {
            var firstLineEnd = text.IndexOf('\n', StringComparison.Ordinal);
            var firstLine = firstLineEnd < 0 ? text : text[..firstLineEnd];
            if (!firstLine.StartsWith(SubjectPrefix, StringComparison.OrdinalIgnoreCase))
            {
                throw new NotificationTemplateException($"Email template '{key}' ({template.Origin}) must start with a '{SubjectPrefix} …' line.");
            }

            subjectSource = firstLine[SubjectPrefix.Length..].Trim();
            bodySource = firstLineEnd < 0 ? string.Empty : text[(firstLineEnd + 1)..];
        }

        var subject = subjectSource is null ? null : Render(key, template, subjectSource, escape: false, model);
        var body = Render(key, template, bodySource, escape: key.Channel == NotificationChannel.Email, model);
        return new RenderedNotification(key, subject, body.Trim(), template.Origin);
    }

    private string Render(TemplateKey key, TemplateText template, string source, bool escape, object model)
    {
        try
        {
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(source)));
            var compiled = _compiled.GetOrAdd(
                $"{(escape ? "html" : "text")}:{key.Language}:{hash}",
                static (_, state) => state.Environment.Compile(state.Source),
                (Environment: _environments[(escape, key.Language)], Source: source));
            return compiled(model, null!);
        }
        catch (Exception exception) when (exception is HandlebarsException or HandlebarsDotNet.Compiler.HandlebarsUndefinedBindingException)
        {
            throw new NotificationTemplateException($"Notification template '{key}' ({template.Origin}) failed: {exception.Message}", exception);
        }
    }

    private static IHandlebars CreateEnvironment(bool escape, string language)
    {
        var environment = Handlebars.Create(new HandlebarsConfiguration
        {
            NoEscape = !escape,
            ThrowOnUnresolvedBindingExpression = true,
            FormatProvider = CultureInfo.InvariantCulture,
        });
        environment.RegisterHelper("date", (_, arguments) => FormatDate(arguments, language, DateDisplay.Both));
        environment.RegisterHelper("gregorian", (_, arguments) => FormatDate(arguments, language, DateDisplay.Gregorian));
        environment.RegisterHelper("hijri", (_, arguments) => FormatDate(arguments, language, DateDisplay.Hijri));
        environment.RegisterHelper("digits", (_, arguments) =>
        {
            var text = arguments.Length == 0 ? string.Empty : Convert.ToString(arguments[0], CultureInfo.InvariantCulture) ?? string.Empty;
            return language == "ar" ? ArabicDigits.ToArabicIndic(text) : text;
        });
        return environment;
    }

    private static string FormatDate(Arguments arguments, string language, Func<DateOnly, string, string> format)
    {
        if (arguments.Length == 0)
        {
            return string.Empty;
        }

        DateOnly? date = arguments[0] switch
        {
            DateOnly d => d,
            DateTimeOffset dto => DateOnly.FromDateTime(dto.ToOffset(SaudiOffset).DateTime),
            DateTime { Kind: DateTimeKind.Utc } utc => DateOnly.FromDateTime(utc + SaudiOffset),
            DateTime local => DateOnly.FromDateTime(local),
            string s when DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
            string s when DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var dto) =>
                DateOnly.FromDateTime(dto.ToOffset(SaudiOffset).DateTime),
            _ => null,
        };

        return date is { } value ? format(value, language) : Convert.ToString(arguments[0], CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
