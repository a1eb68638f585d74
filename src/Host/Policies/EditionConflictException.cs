namespace WorkflowOffice.Host.Policies;

/// <summary>A state change the edition's status or content does not allow (409 with <see cref="Reason"/>).</summary>
/// <param name="reason">A stable code: <c>not-approved</c>, <c>returned</c>, <c>tampered</c>, <c>not-draft</c>…</param>
/// <param name="message">The sentence shown to the user.</param>
public sealed class EditionConflictException(string reason, string message) : Exception(message)
{
    public string Reason { get; } = reason;
}
