namespace WorkflowOffice.Host.Cases;

/// <summary>No such case, task or survey in the current user's association (another association's id looks the same: 404).</summary>
public sealed class CaseNotFoundException(string what) : Exception($"{what} was not found.");
