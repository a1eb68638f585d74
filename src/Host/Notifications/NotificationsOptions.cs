namespace WorkflowOffice.Host.Notifications;

/// <summary>The <c>Notifications</c> section. Secrets (gateway key, SMTP password) come from the environment or user secrets, never the repo.</summary>
public sealed class NotificationsOptions
{
    public const string SectionName = "Notifications";

    /// <summary>Folder of the shipped templates; default: <c>workflows/templates</c> found above the content root.</summary>
    public string? TemplatesPath { get; set; }

    /// <summary><c>file</c> writes every message under <see cref="FileSinkPath"/> instead of sending (the Development default); <c>send</c> uses the gateways.</summary>
    public string? Sink { get; set; }

    public string FileSinkPath { get; set; } = "data/outbox";

    /// <summary>Delay before each retry; after the last the message is dead-lettered.</summary>
    public IReadOnlyList<TimeSpan> RetryDelays { get; set; } =
        [TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10), TimeSpan.FromHours(1)];

    /// <summary>Run the background dispatcher (tests turn it off and dispatch explicitly).</summary>
    public bool DispatcherEnabled { get; set; } = true;

    /// <summary>How often the dispatcher looks for due messages.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public string? SmsGatewayUrl { get; set; }

    public string? SmsGatewayApiKey { get; set; }

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }

    public string SmtpFrom { get; set; } = "no-reply@workflowoffice.local";

    /// <summary>Base address of the staff UI for links in staff notifications; default: the public address (<c>Public:BaseUrl</c>).</summary>
    public string? StaffBaseUrl { get; set; }
}
