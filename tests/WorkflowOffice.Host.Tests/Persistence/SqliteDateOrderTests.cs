using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using WorkflowOffice.Host.Notifications;
using WorkflowOffice.Host.Persistence;
using WorkflowOffice.Tests.Shared;

namespace WorkflowOffice.Host.Tests.Persistence;

/// <summary>
/// On the embedded default, dates are ordered and compared by the database as instants, whatever offset they were
/// given or stored with (the case list, the inbox and the timeline all sort by date).
/// </summary>
public sealed class SqliteDateOrderTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);
    private readonly Guid _association = Guid.NewGuid();
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "dates");

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task OrderByAndCompare_FollowTime_AcrossOffsets()
    {
        await using (var db = CreateContext())
        {
            await db.Database.MigrateAsync();
            // 14:00 in Riyadh is 11:00 UTC: before 11:30 UTC, although "14:00" sorts after "11:30" as text.
            db.AddRange(Override("riyadh", new DateTimeOffset(2026, 12, 4, 14, 0, 0, TimeSpan.FromHours(3))), Override("utc", Noon.AddMinutes(-30)), Override("later", Noon.AddHours(1)));
            await db.SaveChangesAsync();
        }

        await using var read = CreateContext();
        var ordered = await read.Set<NotificationTemplateOverride>().OrderBy(o => o.UpdatedAt).Select(o => o.Event).ToListAsync();
        var beforeNoon = await read.Set<NotificationTemplateOverride>().Where(o => o.UpdatedAt < Noon).Select(o => o.Event).OrderBy(e => e).ToListAsync();
        var latest = await read.Set<NotificationTemplateOverride>().MaxAsync(o => o.UpdatedAt);

        ordered.Should().Equal("riyadh", "utc", "later");
        beforeNoon.Should().Equal("riyadh", "utc");
        latest.Should().Be(Noon.AddHours(1));
    }

    [Fact]
    public async Task Migration_RewritesOlderRowsStoredWithAnOffset_SoTheyOrderAsTime()
    {
        await using (var db = CreateContext())
        {
            // A database written before dates were stored as UTC text: EF Core kept each value's own offset.
            await db.GetService<IMigrator>().MigrateAsync("20261122060000_WorkflowStepGuard");
            await InsertRawAsync(db, "riyadh", "2026-12-04 14:00:00.1234567+03:00");
            await InsertRawAsync(db, "utc", "2026-12-04 11:30:00+00:00");
            await InsertRawAsync(db, "west", "2026-12-04 09:15:00-03:00");
            await db.Database.MigrateAsync();
        }

        await using var read = CreateContext();
        var rows = await read.Set<NotificationTemplateOverride>().OrderBy(o => o.UpdatedAt).ToListAsync();

        rows.Select(r => r.Event).Should().Equal("riyadh", "utc", "west");
        rows[0].UpdatedAt.Should().Be(new DateTimeOffset(2026, 12, 4, 11, 0, 0, TimeSpan.Zero).AddTicks(1_234_567), "the fraction survives the rewrite");
        rows[2].UpdatedAt.Should().Be(new DateTimeOffset(2026, 12, 4, 12, 15, 0, TimeSpan.Zero));
    }

    private NotificationTemplateOverride Override(string name, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(),
        AssociationId = _association,
        Event = name,
        Channel = "sms",
        Text = "text",
        Version = 1,
        UpdatedAt = at,
        UpdatedBy = Guid.NewGuid(),
    };

    private async Task InsertRawAsync(WorkflowOfficeDbContext db, string name, string storedAt) =>
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "NotificationTemplateOverrides" ("Id", "AssociationId", "Event", "Language", "Channel", "Text", "Version", "UpdatedAt", "UpdatedBy")
            VALUES ({Guid.NewGuid()}, {_association}, {name}, 'ar', 'sms', 'text', 1, {storedAt}, {Guid.NewGuid()})
            """);

    private WorkflowOfficeDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<WorkflowOfficeDbContext>();
        PersistenceExtensions.ConfigureDbContext(options, new DatabaseSettings(DatabaseProvider.Sqlite, _database.ConnectionString));
        return new WorkflowOfficeDbContext(options.Options);
    }
}
