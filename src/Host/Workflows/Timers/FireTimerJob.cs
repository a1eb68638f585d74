using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Quartz;
using WorkflowOffice.Engine.Runtime;

namespace WorkflowOffice.Host.Workflows.Timers;

/// <summary>
/// Quartz's side of a workflow timer: asks the runtime to fire it, nothing more. A fire for a wait that is
/// already resolved does nothing (the runtime checks the committed state). Transient failures (the database,
/// a lost race) are thrown back to Quartz, which fires again with backoff; anything else is a defect or a
/// broken definition: it is logged once as an error and not retried, so a bad timer cannot loop. The timer
/// stays pending in the store, visible to administrators and fired again by the sweep.
/// </summary>
/// <param name="runtime">The workflow runtime.</param>
/// <param name="logger">Where failures go (ids only, never instance data).</param>
public sealed class FireTimerJob(WorkflowRuntime runtime, ILogger<FireTimerJob> logger) : IJob
{
    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var trigger = context.Trigger.Key;
        if (!TimerTrigger.TryParse(trigger, out var timerId)
            || !Guid.TryParseExact(context.MergedJobDataMap.GetString(TimerTrigger.InstanceIdKey), "N", out var instanceId))
        {
            logger.LogError("Quartz trigger {Trigger} is not a workflow timer; ignored.", trigger);
            return;
        }

        try
        {
            await runtime.FireTimerAsync(instanceId, timerId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsTransient(ex))
        {
            logger.LogWarning(ex, "Timer {TimerId} of instance {InstanceId} could not fire yet; Quartz retries it.", timerId, instanceId);
            throw new JobExecutionException(ex);
        }
#pragma warning disable CA1031 // The failure policy: permanent failures are logged, never rethrown into a retry loop.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            logger.LogError(ex, "Timer {TimerId} of instance {InstanceId} failed permanently; it stays pending for an administrator.", timerId, instanceId);
        }
    }

    /// <summary>Failures that a later attempt can get past.</summary>
    internal static bool IsTransient(Exception ex) => ex switch
    {
        ConcurrencyConflictException or TimeoutException or DbException => true,
        DbUpdateException { InnerException: { } inner } => IsTransient(inner),
        InvalidOperationException { InnerException: DbException } => true,
        _ => false,
    };
}
