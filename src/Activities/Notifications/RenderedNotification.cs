namespace WorkflowOffice.Activities.Notifications;

/// <summary>A rendered notification, ready to be written to the outbox.</summary>
/// <param name="Key">The template key it was rendered from.</param>
/// <param name="Subject">The email subject (plain text); <see langword="null"/> for SMS and portal messages.</param>
/// <param name="Body">The body: HTML for email, plain text for SMS and portal.</param>
/// <param name="Origin">Where the template came from (shipped file or the association's override).</param>
public sealed record RenderedNotification(TemplateKey Key, string? Subject, string Body, string Origin);
