using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WorkflowOffice.Host.Persistence;
using WorkflowOffice.Host.Tests.Infrastructure;

namespace WorkflowOffice.Host.Tests.Persistence;

/// <summary>
/// The hand-written migrations must build exactly the schema EF Core derives from the model: one database is
/// migrated, another is created from the model (<c>EnsureCreated</c>), and their catalogs are compared.
/// See src/Host/Persistence/Migrations/README.md.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class MigrationSchemaTests(PostgresHostFixture fixture)
{
    [Fact]
    public async Task MigratedSchema_EqualsModel_OnPostgreSql()
    {
        var migratedDb = await PostgresServer.CreateDatabaseAsync("migrated");
        var createdDb = await PostgresServer.CreateDatabaseAsync("created");
        try
        {
            await using (var migrated = CreateContext(new DatabaseSettings(DatabaseProvider.Postgres, migratedDb)))
            {
                await migrated.Database.MigrateAsync();
            }

            await using (var created = CreateContext(new DatabaseSettings(DatabaseProvider.Postgres, createdDb)))
            {
                await created.Database.EnsureCreatedAsync();
            }

            var migratedSchema = await SchemaReader.ReadPostgresAsync(migratedDb);
            var modelSchema = await SchemaReader.ReadPostgresAsync(createdDb);

            AssertSameSchema(migratedSchema, modelSchema);
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(migratedDb);
            await PostgresServer.DropDatabaseAsync(createdDb);
        }
    }

    [Fact]
    public async Task MigratedSchema_EqualsModel_OnSqlite()
    {
        var folder = Directory.CreateTempSubdirectory("wo-schema-");
        try
        {
            var migratedDb = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder.FullName, "migrated.db"), Pooling = false }.ToString();
            var createdDb = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder.FullName, "created.db"), Pooling = false }.ToString();
            await using (var migrated = CreateContext(new DatabaseSettings(DatabaseProvider.Sqlite, migratedDb)))
            {
                await migrated.Database.MigrateAsync();
            }

            await using (var created = CreateContext(new DatabaseSettings(DatabaseProvider.Sqlite, createdDb)))
            {
                await created.Database.EnsureCreatedAsync();
            }

            var migratedSchema = await SchemaReader.ReadSqliteAsync(migratedDb);
            var modelSchema = await SchemaReader.ReadSqliteAsync(createdDb);

            AssertSameSchema(migratedSchema, modelSchema);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task HostStartup_LeavesNoPendingMigration()
    {
        await using var db = CreateContext(new DatabaseSettings(DatabaseProvider.Postgres, fixture.ConnectionString));

        var pending = await db.Database.GetPendingMigrationsAsync();
        var applied = await db.Database.GetAppliedMigrationsAsync();

        pending.Should().BeEmpty();
        applied.Should().Contain("20251121000000_Initial");
    }

    private static void AssertSameSchema(IReadOnlyList<string> migrated, IReadOnlyList<string> model)
    {
        AssertSchemaIsReal(migrated);
        migrated.Except(model).Should().BeEmpty("the migrations create only what the model has (lines only in the migrated database)");
        model.Except(migrated).Should().BeEmpty("the migrations create everything the model has (lines missing from the migrated database)");
        migrated.Should().Equal(model);
    }

    /// <summary>Guards against a comparison of two empty schemas passing.</summary>
    private static void AssertSchemaIsReal(IReadOnlyList<string> schema) =>
        schema.Should().Contain(line => line.StartsWith("column AspNetUsers.AssociationId ", StringComparison.Ordinal))
            .And.Contain(line => line.Contains("Associations", StringComparison.Ordinal) && line.Contains("Code", StringComparison.Ordinal) && line.Contains("unique", StringComparison.OrdinalIgnoreCase));

    /// <summary>Same options as the host, including its service provider (Identity's store options shape the model).</summary>
    private WorkflowOfficeDbContext CreateContext(DatabaseSettings settings)
    {
        var options = new DbContextOptionsBuilder<WorkflowOfficeDbContext>();
        PersistenceExtensions.ConfigureDbContext(options, settings);
        options.UseApplicationServiceProvider(fixture.Factory.Services);
        return new WorkflowOfficeDbContext(options.Options);
    }
}
