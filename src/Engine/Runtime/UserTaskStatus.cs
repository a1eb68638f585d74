namespace WorkflowOffice.Engine.Runtime;

/// <summary>Life cycle of a user task.</summary>
public enum UserTaskStatus
{
    /// <summary>Waiting for a candidate (claimed or not).</summary>
    Open = 0,

    /// <summary>Completed by <see cref="UserTaskRecord.CompletedBy"/>.</summary>
    Completed = 1,

    /// <summary>Withdrawn by the engine (interrupting boundary event, terminate, cancellation).</summary>
    Cancelled = 2,
}
