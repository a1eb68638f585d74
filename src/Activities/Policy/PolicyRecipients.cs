namespace WorkflowOffice.Activities.Policy;

/// <summary>
/// Recipient references the activities put on <see cref="Engine.Runtime.Effects.NotificationRequested"/>; the host
/// resolves them to addresses (never logged).
/// </summary>
public static class PolicyRecipients
{
    /// <summary>The value of <c>wo:recipient</c> for the case's beneficiary (the default).</summary>
    public const string Beneficiary = "beneficiary";

    /// <summary>Prefix of <c>wo:recipient</c> for the association's staff in a role, e.g. <c>role:CommitteeMember</c>.</summary>
    public const string RolePrefix = "role:";

    /// <summary>The beneficiary (or enquirer) of a case: <c>case:{caseId}</c>.</summary>
    public static string ForCase(string caseId) => "case:" + caseId;
}
