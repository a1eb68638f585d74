using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Workflows.Persistence;

/// <summary>
/// Writes a step's <see cref="StepChanges"/> through EF Core (the SQLite path): explicit entity states and one
/// <c>SaveChanges</c>, the instance row updated <c>WHERE Version = expected</c> (EF's concurrency token).
/// </summary>
internal static class EfStepWriter
{
    /// <summary>Writes the step; a lost race surfaces as EF's or the provider's exception.</summary>
    public static async Task WriteAsync(WorkflowOfficeDbContext db, StepChanges changes, CancellationToken cancellationToken)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        IDbContextTransaction? transaction = null;
        try
        {
            WriteInstance(db, changes);
            if (changes.CloseAllExcept is { } keep)
            {
                // The starting state is unknown here: close, in the step's transaction, whatever it no longer has.
                transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await CloseWaitsByQueryAsync(db, keep, cancellationToken).ConfigureAwait(false);
            }

            foreach (var id in changes.ResolvedTimers)
            {
                db.Attach(new WorkflowTimerRow { Id = id, Resolved = true }).Property(t => t.Resolved).IsModified = true;
            }

            foreach (var id in changes.DeletedSubscriptions)
            {
                db.Remove(new WorkflowMessageSubscriptionRow { Id = id });
            }

            AddAll(db, changes.InsertedTasks, EntityState.Added);
            AddAll(db, changes.InsertedCandidates, EntityState.Added);
            AddAll(db, changes.UpdatedTasks, EntityState.Modified);
            AddAll(db, changes.InsertedIncidents, EntityState.Added);
            AddAll(db, changes.UpdatedIncidents, EntityState.Modified);
            AddAll(db, changes.InsertedTimers, EntityState.Added);
            AddAll(db, changes.InsertedSubscriptions, EntityState.Added);
            AddAll(db, changes.Journal, EntityState.Added);
            AddAll(db, changes.Outbox, EntityState.Added);
            await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken).ConfigureAwait(false);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static void WriteInstance(WorkflowOfficeDbContext db, StepChanges changes)
    {
        var row = changes.Instance;
        if (changes.ExpectedVersion == 0)
        {
            // A second start with the same id fails on the primary key: reported as a conflict.
            db.Add(row);
            return;
        }

        // UPDATE … WHERE Id = @id AND Version = @expected: zero rows is a concurrency conflict.
        var entry = db.Attach(row);
        entry.Property(i => i.Version).OriginalValue = changes.ExpectedVersion;
        entry.Property(i => i.Version).IsModified = true;
        entry.Property(i => i.Status).IsModified = true;
        entry.Property(i => i.StateJson).IsModified = true;
        entry.Property(i => i.EndedAt).IsModified = true;
    }

    private static async Task CloseWaitsByQueryAsync(WorkflowOfficeDbContext db, OpenWaits keep, CancellationToken cancellationToken)
    {
        var instanceId = keep.InstanceId;
        var timers = keep.Timers;
        var subscriptions = keep.Subscriptions;
        await db.Set<WorkflowTimerRow>()
            .Where(t => t.InstanceId == instanceId && !t.Resolved && !timers.Contains(t.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Resolved, true), cancellationToken)
            .ConfigureAwait(false);
        await db.Set<WorkflowMessageSubscriptionRow>()
            .Where(s => s.InstanceId == instanceId && !subscriptions.Contains(s.Id))
            .ExecuteDeleteAsync(cancellationToken)
            .ConfigureAwait(false);
    }

    private static void AddAll<TRow>(WorkflowOfficeDbContext db, List<TRow> rows, EntityState state)
        where TRow : class
    {
        foreach (var row in rows)
        {
            db.Entry(row).State = state;
        }
    }
}
