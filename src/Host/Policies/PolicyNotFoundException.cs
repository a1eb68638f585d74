namespace WorkflowOffice.Host.Policies;

/// <summary>No such policy or edition in the signed-in user's association (another association's look the same: 404).</summary>
public sealed class PolicyNotFoundException(string message) : Exception(message);
