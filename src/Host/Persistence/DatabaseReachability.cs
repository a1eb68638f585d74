using System.Net.Sockets;
using Npgsql;
using WorkflowOffice.Host.Startup;

namespace WorkflowOffice.Host.Persistence;

/// <summary>Turns "cannot open the database" into one sentence an operator can act on.</summary>
internal static class DatabaseReachability
{
    public static async Task EnsureReachableAsync(DatabaseSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new StartupConfigurationException(
                    $"Cannot create the folder for the SQLite database {path} ({ex.Message}).", ex);
            }

            return;
        }

        try
        {
            await using var connection = new NpgsqlConnection(settings.ConnectionString);
            await connection.OpenAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is NpgsqlException or SocketException or TimeoutException or InvalidOperationException)
        {
            throw new StartupConfigurationException(
                $"Cannot connect to the {settings.Describe()}: {FirstLine(ex.Message)}", ex);
        }
    }

    private static string FirstLine(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        return line.EndsWith('.') ? line : line + ".";
    }
}
