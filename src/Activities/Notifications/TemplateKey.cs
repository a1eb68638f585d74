namespace WorkflowOffice.Activities.Notifications;

/// <summary>
/// Identifies a notification template: event × language × channel, stored as <c>{event}.{language}.{channel}.hbs</c>
/// (e.g. <c>sent-to-committee.ar.sms.hbs</c>). Serves GOAL-3 (several channels) and the bilingual interface.
/// </summary>
public sealed record TemplateKey
{
    /// <summary>The languages templates are written in: Arabic (default) and English.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["ar", "en"];

    /// <summary>Creates a key.</summary>
    /// <param name="eventName">The event, lower-case words joined by dashes (see <see cref="NotificationEvents"/>).</param>
    /// <param name="language"><c>ar</c> or <c>en</c>.</param>
    /// <param name="channel">The channel.</param>
    /// <exception cref="ArgumentException">The event name or language is not valid.</exception>
    public TemplateKey(string eventName, string language, NotificationChannel channel)
    {
        // The event becomes part of a file name: only safe characters, so that no key can reach outside the folder.
        if (string.IsNullOrEmpty(eventName) || !eventName.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
            || eventName.StartsWith('-') || eventName.EndsWith('-'))
        {
            throw new ArgumentException($"'{eventName}' is not a valid event name (lower-case letters, digits and dashes).", nameof(eventName));
        }

        if (!Languages.Contains(language))
        {
            throw new ArgumentException($"'{language}' is not a supported language (ar, en).", nameof(language));
        }

        Event = eventName;
        Language = language;
        Channel = channel;
    }

    /// <summary>The event, e.g. <c>sent-to-committee</c>.</summary>
    public string Event { get; }

    /// <summary><c>ar</c> or <c>en</c>.</summary>
    public string Language { get; }

    /// <summary>The channel.</summary>
    public NotificationChannel Channel { get; }

    /// <summary>The channel as written in file names: <c>sms</c>, <c>email</c> or <c>portal</c>.</summary>
    public string ChannelName => Channel switch
    {
        NotificationChannel.Sms => "sms",
        NotificationChannel.Email => "email",
        _ => "portal",
    };

    /// <summary>The template's file name, e.g. <c>sent-to-committee.ar.sms.hbs</c>.</summary>
    public string FileName => $"{this}.hbs";

    /// <summary>The key as text, e.g. <c>sent-to-committee.ar.sms</c>.</summary>
    public override string ToString() => $"{Event}.{Language}.{ChannelName}";
}
