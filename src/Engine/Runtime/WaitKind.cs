namespace WorkflowOffice.Engine.Runtime;

/// <summary>Kinds of wait state ("bookmark") an instance can be parked on.</summary>
public enum WaitKind
{
    /// <summary>An open user task; resumed by completing the task.</summary>
    UserTask = 0,

    /// <summary>A timer (catch event, boundary event); resumed by <see cref="WorkflowRuntime.FireTimerAsync"/>.</summary>
    Timer = 1,

    /// <summary>A message subscription (catch event, boundary event, waiting activity); resumed by correlation.</summary>
    Message = 2,

    /// <summary>The automatic retry of a failed activity; a timer-like wait.</summary>
    IncidentRetry = 3,
}
