namespace WorkflowOffice.Host.Workflows.Persistence;

/// <summary>
/// Times are stored as UTC <see cref="DateTime"/>: PostgreSQL keeps them as <c>timestamp with time zone</c>, and
/// SQLite, where EF cannot compare or order <see cref="DateTimeOffset"/> values, as sortable ISO text.
/// </summary>
internal static class DbTime
{
    public static DateTime ToDb(DateTimeOffset value) => value.UtcDateTime;

    public static DateTime? ToDb(DateTimeOffset? value) => value?.UtcDateTime;

    public static DateTimeOffset FromDb(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    public static DateTimeOffset? FromDb(DateTime? value) => value is { } v ? FromDb(v) : null;
}
