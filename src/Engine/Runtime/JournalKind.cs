namespace WorkflowOffice.Engine.Runtime;

/// <summary>What a journal entry records.</summary>
public enum JournalKind
{
    /// <summary>The instance started.</summary>
    InstanceStarted = 0,

    /// <summary>A token entered an element.</summary>
    ElementEntered = 1,

    /// <summary>A token left an element normally.</summary>
    ElementLeft = 2,

    /// <summary>A token was withdrawn from an element (interrupting boundary, terminate, cancellation).</summary>
    ElementCancelled = 3,

    /// <summary>A user task opened.</summary>
    TaskCreated = 4,

    /// <summary>A user task was claimed.</summary>
    TaskClaimed = 5,

    /// <summary>A user task was released.</summary>
    TaskReleased = 6,

    /// <summary>A user task was completed.</summary>
    TaskCompleted = 7,

    /// <summary>A user task was withdrawn.</summary>
    TaskCancelled = 8,

    /// <summary>A timer was scheduled.</summary>
    TimerScheduled = 9,

    /// <summary>A timer fired.</summary>
    TimerFired = 10,

    /// <summary>A message was correlated.</summary>
    MessageReceived = 11,

    /// <summary>An element failed (first failure or a failed retry).</summary>
    IncidentRaised = 12,

    /// <summary>A retry succeeded.</summary>
    IncidentResolved = 13,

    /// <summary>All tokens ended.</summary>
    InstanceCompleted = 14,

    /// <summary>A terminate end event ended the instance.</summary>
    InstanceTerminated = 15,

    /// <summary>A user cancelled the instance.</summary>
    InstanceCancelled = 16,
}
