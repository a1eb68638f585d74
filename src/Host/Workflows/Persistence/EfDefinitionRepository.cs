using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Microsoft.Data.Sqlite;
using WorkflowOffice.Engine.Runtime;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Workflows.Persistence;

/// <summary>
/// Definition versions in the <c>WorkflowDefinitions</c> table. Deploying the same XML as the latest version
/// returns that version instead of adding one, so redeploying the shipped files at every start-up is harmless.
/// Versions never change once stored, so they are cached; only "which is the latest" is asked each time.
/// </summary>
/// <param name="contexts">Short-lived contexts.</param>
/// <param name="clock">Stamps new versions.</param>
public sealed class EfDefinitionRepository(IDbContextFactory<WorkflowOfficeDbContext> contexts, TimeProvider clock) : IDefinitionRepository
{
    private readonly ConcurrentDictionary<(string Key, int Version), DefinitionRecord> _versions = new();

    /// <inheritdoc />
    public async ValueTask<DefinitionRecord?> GetAsync(string key, int? version = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var wanted = version ?? await db.Set<WorkflowDefinitionRow>()
            .Where(d => d.Key == key)
            .MaxAsync(d => (int?)d.Version, cancellationToken)
            .ConfigureAwait(false);
        if (wanted is not { } v)
        {
            return null;
        }

        if (_versions.TryGetValue((key, v), out var cached))
        {
            return cached;
        }

        var row = await db.Set<WorkflowDefinitionRow>()
            .FirstOrDefaultAsync(d => d.Key == key && d.Version == v, cancellationToken)
            .ConfigureAwait(false);
        return row is null ? null : _versions.GetOrAdd((key, v), ToRecord(row));
    }

    /// <inheritdoc />
    public async ValueTask<DefinitionRecord> AddAsync(string key, string bpmnXml, CancellationToken cancellationToken = default)
    {
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(bpmnXml)));
        for (var attempt = 0; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            var latest = await db.Set<WorkflowDefinitionRow>()
                .Where(d => d.Key == key)
                .OrderByDescending(d => d.Version)
                .FirstOrDefaultAsync(cancellationToken)
                .ConfigureAwait(false);
            if (latest is not null && latest.Sha256 == sha256)
            {
                return _versions.GetOrAdd((key, latest.Version), ToRecord(latest));
            }

            var row = new WorkflowDefinitionRow
            {
                Id = Guid.CreateVersion7(),
                Key = key,
                Version = (latest?.Version ?? 0) + 1,
                BpmnXml = bpmnXml,
                Sha256 = sha256,
                DeployedAt = DbTime.ToDb(clock.GetUtcNow()),
            };
            db.Add(row);
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return _versions.GetOrAdd((key, row.Version), ToRecord(row));
            }
            catch (DbUpdateException ex) when (attempt < 3 && ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } or SqliteException { SqliteErrorCode: 19 })
            {
                // Another host deployed a version of this key at the same moment: look again.
            }
        }
    }

    /// <summary>Every stored version, newest first per key (for the administration screens).</summary>
    public async Task<IReadOnlyList<DefinitionSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.Set<WorkflowDefinitionRow>()
            .OrderBy(d => d.Key)
            .ThenByDescending(d => d.Version)
            .Select(d => new { d.Key, d.Version, d.Sha256, d.DeployedAt })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return [.. rows.Select(d => new DefinitionSummary(d.Key, d.Version, d.Sha256, DbTime.FromDb(d.DeployedAt)))];
    }

    private static DefinitionRecord ToRecord(WorkflowDefinitionRow row) => new(row.Key, row.Version, row.BpmnXml, DbTime.FromDb(row.DeployedAt));
}
