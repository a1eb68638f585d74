using Npgsql;
using Quartz;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Workflows.Timers;

/// <summary>
/// Quartz for workflow timers: the ADO job store on the host's database. On PostgreSQL it is clustered (instance
/// id AUTO, several hosts share the triggers and each fires a trigger once); on SQLite, the embedded single-host
/// default, it is not.
/// </summary>
/// <remarks>
/// Quartz's tables (<c>qrtz_*</c>) are created by Quartz 4.7's schema provisioning (<c>ProvisionSchema()</c>) from
/// the official <c>tables_postgres.sql</c>/<c>tables_sqlite.sql</c> it embeds, rather than copied into an EF
/// migration: the scripts stay Quartz's (a Quartz upgrade brings its own), creation is guarded so several hosts
/// starting at once are safe, and the EF schema-equals-model comparison never sees tables the model does not own.
/// </remarks>
public static class QuartzSetup
{
    /// <summary>Configures the scheduler, its store, the timer job and the recurring sweep.</summary>
    public static void Configure(IQuartzBuilder quartz, DatabaseSettings database, WorkflowsOptions options)
    {
        quartz.ConfigureScheduler(scheduler =>
        {
            scheduler.InstanceName = options.SchedulerName;
            scheduler.InstanceId = "AUTO";

            // Acquire up to a thread pool's worth of due triggers per round trip (never ahead of their time:
            // the runtime treats an early fire as a reschedule).
            scheduler.MaxBatchSize = options.TimerConcurrency;
        });
        quartz.UseDefaultThreadPool(options.TimerConcurrency);
        quartz.UsePersistentStore(store =>
        {
            if (database.Provider == DatabaseProvider.Postgres)
            {
                store.UsePostgres(QuartzConnectionString(database.ConnectionString));
                store.UseClustering();
            }
            else
            {
                store.UseSqlite(database.ConnectionString);
            }

            // A late trigger should simply fire as soon as possible. Past the misfire threshold Quartz stops
            // acquiring it and leaves it to the misfire handler (20 triggers per pass): under a backlog the
            // fire rate then collapsed from ~130/s to ~20/s in the timers benchmark. One hour keeps late
            // triggers on the normal acquisition path; the handler only deals with long outages.
            store.ConfigureStore(o =>
            {
                o.MisfireThreshold = TimeSpan.FromHours(1);
                o.MaxMisfiresToHandleAtATime = 500;

                // Creating a trigger that must not exist yet (recovery) then takes no cluster-wide lock, so it
                // neither serialises recovery nor holds up fires; replacing one still locks (Quartz always
                // locks a replace), which is what the runtime's own scheduling does.
                o.LockOnInsert = false;
            });
            store.ProvisionSchema();
            store.UseSystemTextJsonSerializer();
        });

        quartz.AddJob<FireTimerJob>(job => job.WithIdentity(TimerTrigger.JobKey).StoreDurably());
        quartz.AddJob<TimerSweepJob>(job => job.WithIdentity(TimerSweepJob.Key).StoreDurably().DisallowConcurrentExecution());
        quartz.AddTrigger(trigger => trigger
            .WithIdentity("timer-sweep", "workflow")
            .ForJob(TimerSweepJob.Key)
            .StartNow()
            .WithSchedule(SimpleScheduleBuilder.Create().WithInterval(options.SweepInterval).RepeatForever()));
    }

    /// <summary>
    /// Quartz's own transactions do not wait for the WAL flush (<c>synchronous_commit = off</c>, on Quartz's
    /// connections only): what a crash could lose is a trigger just stored (start-up recovery and the sweep
    /// restore it from the timers table) or a fired trigger's deletion (it fires again, and the runtime ignores a
    /// fire for a resolved wait). The workflow store keeps full durability. This removes two of the three disk
    /// flushes a timer cost.
    /// </summary>
    internal static string QuartzConnectionString(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.Options = string.IsNullOrEmpty(builder.Options) ? "-c synchronous_commit=off" : $"{builder.Options} -c synchronous_commit=off";
        return builder.ConnectionString;
    }
}
