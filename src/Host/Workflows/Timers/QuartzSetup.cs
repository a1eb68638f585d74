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
                store.UsePostgres(database.ConnectionString);
                store.UseClustering();
            }
            else
            {
                store.UseSqlite(database.ConnectionString);
            }

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
}
