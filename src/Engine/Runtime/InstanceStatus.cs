namespace WorkflowOffice.Engine.Runtime;

/// <summary>Where a workflow instance stands.</summary>
public enum InstanceStatus
{
    /// <summary>Inside a step; never persisted at rest.</summary>
    Running = 0,

    /// <summary>At rest: every token waits for a task, timer, message or an incident retry.</summary>
    Waiting = 1,

    /// <summary>All tokens reached an end event.</summary>
    Completed = 2,

    /// <summary>Ended by a terminate end event or cancelled by a user.</summary>
    Terminated = 3,

    /// <summary>An incident exhausted its automatic retries and waits for an administrator.</summary>
    Faulted = 4,
}
