namespace WorkflowOffice.Host.Persistence;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>.</summary>
    public string Provider { get; set; } = nameof(DatabaseProvider.Sqlite);

    /// <summary>SQLite file, relative to the content root.</summary>
    public string SqlitePath { get; set; } = "data/workflowoffice.db";

    /// <summary>Apply pending migrations when the host starts (on by default; switch off to migrate out of band).</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
