namespace WorkflowOffice.Host.Persistence;

/// <summary>The database engines the host runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>Embedded file database: the default, so that a fresh clone runs with nothing else installed.</summary>
    Sqlite,

    /// <summary>PostgreSQL 15+: production, several hosts sharing one database.</summary>
    Postgres,
}
