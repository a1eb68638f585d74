using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace WorkflowOffice.Host.Tests.Persistence;

/// <summary>
/// Reads a database's schema from the catalogs as sorted, human-readable lines (tables, columns with type,
/// nullability and identity, primary keys, indexes, foreign keys) so that two schemas compare with a clear diff.
/// </summary>
public static class SchemaReader
{
    // EF's own bookkeeping (__EFMigrationsHistory, __EFMigrationsLock) exists only in migrated databases.
    private const string MigrationsTables = "__EFMigrations";

    public static async Task<IReadOnlyList<string>> ReadPostgresAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var lines = new List<string>();

        await ReadAsync(connection, """
            select c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, a.attidentity::text,
                   coalesce(pg_get_expr(d.adbin, d.adrelid), '')
            from pg_attribute a
            join pg_class c on c.oid = a.attrelid
            join pg_namespace n on n.oid = c.relnamespace
            left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
            where n.nspname = 'public' and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
            """, r => lines.Add($"column {r.GetString(0)}.{r.GetString(1)} {r.GetString(2)} {(r.GetBoolean(3) ? "not null" : "null")} identity='{r.GetString(4)}' default='{r.GetString(5)}'"));

        await ReadAsync(connection, """
            select t.relname, pg_get_indexdef(ix.indexrelid)
            from pg_index ix
            join pg_class t on t.oid = ix.indrelid
            join pg_namespace n on n.oid = t.relnamespace
            where n.nspname = 'public'
            """, r => lines.Add($"index {r.GetString(0)}: {r.GetString(1)}"));

        await ReadAsync(connection, """
            select conrelid::regclass::text, conname, contype::text, pg_get_constraintdef(oid)
            from pg_constraint
            where connamespace = 'public'::regnamespace
            """, r => lines.Add($"constraint {r.GetString(0).Trim('"')}.{r.GetString(1)} {r.GetString(2)}: {r.GetString(3)}"));

        return Finish(lines);
    }

    public static async Task<IReadOnlyList<string>> ReadSqliteAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<(string Name, string Sql)>();
        await ReadAsync(connection, "select name, sql from sqlite_master where type = 'table' and name not like 'sqlite_%'",
            r => tables.Add((r.GetString(0), r.GetString(1))));

        var lines = new List<string>();
        foreach (var (table, sql) in tables)
        {
            lines.Add($"table {table} autoincrement={sql.Contains("AUTOINCREMENT", StringComparison.OrdinalIgnoreCase)}");
            await ReadAsync(connection, $"select name, type, \"notnull\", coalesce(dflt_value, ''), pk from pragma_table_info('{table}')",
                r => lines.Add($"column {table}.{r.GetString(0)} {r.GetString(1)} {(r.GetInt64(2) == 1 ? "not null" : "null")} default='{r.GetString(3)}' pk={r.GetInt64(4)}"));

            var indexes = new List<(string Name, bool Unique, string Origin)>();
            await ReadAsync(connection, $"select name, \"unique\", origin from pragma_index_list('{table}')",
                r => indexes.Add((r.GetString(0), r.GetInt64(1) == 1, r.GetString(2))));
            foreach (var (name, unique, origin) in indexes)
            {
                var columns = new List<string>();
                await ReadAsync(connection, $"select name from pragma_index_info('{name}') order by seqno", r => columns.Add(r.GetString(0)));
                // Automatic index names (sqlite_autoindex_…) depend on creation order, not on the schema.
                var shownName = name.StartsWith("sqlite_autoindex_", StringComparison.Ordinal) ? "(auto)" : name;
                lines.Add($"index {table}.{shownName} unique={unique} origin={origin} ({string.Join(", ", columns)})");
            }

            await ReadAsync(connection, $"select \"table\", \"from\", \"to\", on_update, on_delete from pragma_foreign_key_list('{table}')",
                r => lines.Add($"foreign key {table}.{r.GetString(1)} -> {r.GetString(0)}.{r.GetString(2)} on update {r.GetString(3)} on delete {r.GetString(4)}"));
        }

        return Finish(lines);
    }

    private static List<string> Finish(List<string> lines) =>
        lines.Where(l => !l.Contains(MigrationsTables, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

    private static async Task ReadAsync(DbConnection connection, string sql, Action<DbDataReader> row)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            row(reader);
        }
    }
}
