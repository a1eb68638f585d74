namespace WorkflowOffice.Engine.Bpmn;

/// <summary>The three ISO 8601 forms of a BPMN timer.</summary>
public enum TimerKind
{
    /// <summary><c>timeDuration</c>: a delay from when the wait opens (e.g. <c>P14D</c>).</summary>
    Duration = 0,

    /// <summary><c>timeDate</c>: a fixed moment (e.g. <c>2026-03-01T09:00:00Z</c>).</summary>
    Date = 1,

    /// <summary><c>timeCycle</c>: a repetition (e.g. <c>R3/P1D</c>, <c>R/PT1H</c>, <c>R2/2026-01-01T00:00:00Z/P1D</c>).</summary>
    Cycle = 2,
}
