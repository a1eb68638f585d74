namespace WorkflowOffice.Host.Reports;

/// <summary>
/// The date range a report covers, in Riyadh days, both ends included; either end may be open. Every chart and CSV
/// of the reports page is filtered by the same period.
/// </summary>
public sealed record ReportPeriod(DateOnly? From, DateOnly? To)
{
    private static readonly TimeSpan Riyadh = TimeSpan.FromHours(3);

    public static ReportPeriod All { get; } = new(null, null);

    /// <summary>The first instant of the period, or null when it is open at the start.</summary>
    public DateTimeOffset? Start => From is { } from ? new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), Riyadh) : null;

    /// <summary>The first instant after the period, or null when it is open at the end.</summary>
    public DateTimeOffset? End => To is { } to ? new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), Riyadh) : null;

    /// <summary>True when <paramref name="at"/> falls within the period.</summary>
    public bool Contains(DateTimeOffset at) => (Start is not { } start || at >= start) && (End is not { } end || at < end);

    /// <summary>True when the calendar day falls within the period.</summary>
    public bool Contains(DateOnly day) => (From is not { } from || day >= from) && (To is not { } to || day <= to);

    /// <summary>Reads <c>from</c> and <c>to</c> (yyyy-MM-dd) from a query; anything unreadable leaves that end open.</summary>
    public static ReportPeriod Parse(string? from, string? to) => new(Day(from), Day(to));

    /// <summary>The query string that selects this period (empty when it is the whole history).</summary>
    public string Query => From is null && To is null ? "" : "?from=" + Text(From) + "&to=" + Text(To);

    private static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day) ? day : null;

    private static string Text(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
