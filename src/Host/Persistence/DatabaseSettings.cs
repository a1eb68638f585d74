using Microsoft.Data.Sqlite;
using Npgsql;
using WorkflowOffice.Host.Startup;

namespace WorkflowOffice.Host.Persistence;

/// <summary>The validated result of the <c>Database</c> section: which provider and which connection string.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>
    /// Reads and validates the configuration; every mistake becomes a <see cref="StartupConfigurationException"/>
    /// with one sentence that names the key to fix.
    /// </summary>
    public static DatabaseSettings Resolve(IConfiguration configuration, string contentRootPath)
    {
        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (!Enum.TryParse<DatabaseProvider>(options.Provider, ignoreCase: true, out var provider)
            || !Enum.IsDefined(provider))
        {
            throw new StartupConfigurationException(
                $"Database:Provider '{options.Provider}' is not supported; use Sqlite or Postgres.");
        }

        if (provider == DatabaseProvider.Postgres)
        {
            var connectionString = configuration.GetConnectionString("Postgres");
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new StartupConfigurationException(
                    "Database:Provider is Postgres but ConnectionStrings:Postgres is empty; set it (e.g. the environment variable ConnectionStrings__Postgres).");
            }

            try
            {
                _ = new NpgsqlConnectionStringBuilder(connectionString);
            }
            catch (ArgumentException ex)
            {
                throw new StartupConfigurationException(
                    $"ConnectionStrings:Postgres is not a valid PostgreSQL connection string ({ex.Message}).", ex);
            }

            return new DatabaseSettings(provider, connectionString);
        }

        var path = Path.GetFullPath(Path.Combine(contentRootPath, options.SqlitePath));
        var sqlite = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true };
        return new DatabaseSettings(provider, sqlite.ToString());
    }

    /// <summary>A description safe for logs: server and database, never the password.</summary>
    public string Describe()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            return $"SQLite file {new SqliteConnectionStringBuilder(ConnectionString).DataSource}";
        }

        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"PostgreSQL database '{builder.Database}' on {builder.Host}:{builder.Port}";
    }
}
