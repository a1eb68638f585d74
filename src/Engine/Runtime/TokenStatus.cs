namespace WorkflowOffice.Engine.Runtime;

/// <summary>What a token is doing at its element.</summary>
public enum TokenStatus
{
    /// <summary>About to execute its element (transient, inside a step).</summary>
    Active = 0,

    /// <summary>Parked at a wait state (task, timer, message, sub-process, incident).</summary>
    Waiting = 1,

    /// <summary>Arrived at a parallel join and waits for the other incoming branches.</summary>
    Joining = 2,
}
