namespace WorkflowOffice.Host.PublicApi;

/// <summary>A portal-inbox notification as the status page lists it: which event and when.</summary>
public sealed record PublicUpdate(string Event, DateTimeOffset At);
