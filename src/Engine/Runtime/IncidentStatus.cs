namespace WorkflowOffice.Engine.Runtime;

/// <summary>Life cycle of an incident.</summary>
public enum IncidentStatus
{
    /// <summary>The element failed; retries are pending or an administrator must retry.</summary>
    Open = 0,

    /// <summary>A retry succeeded.</summary>
    Resolved = 1,

    /// <summary>The token was withdrawn (boundary event, terminate, cancellation).</summary>
    Cancelled = 2,
}
