namespace WorkflowOffice.Engine.Activities;

/// <summary>
/// A unit of work a service, send or receive task runs (<c>wo:activity="name"</c>). Implementations are
/// stateless and registered once in the <see cref="ActivityRegistry"/>. Throwing raises an incident: the token
/// stays at the element, the error is kept and the execution is retried with backoff, then by an administrator.
/// Because a step may be retried after a concurrency conflict, side effects belong in effects (see
/// <see cref="ActivityContext.RequestNotification"/>), which are written only when the step commits.
/// </summary>
public interface ICustomActivity
{
    /// <summary>Name, inputs, outputs and outcomes.</summary>
    ActivityDescriptor Descriptor { get; }

    /// <summary>Does the work and says how the element ends (or that it waits).</summary>
    ValueTask<ActivityResult> ExecuteAsync(ActivityContext context);
}
