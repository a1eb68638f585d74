namespace WorkflowOffice.Activities.Policy;

/// <summary>The roles the procedure's user tasks are offered to (<c>wo:role</c>).</summary>
public static class PolicyRoles
{
    /// <summary>Beneficiary-relations officer: answers enquiries, takes the attestation, records the service delivered.</summary>
    public const string RelationsOfficer = "RelationsOfficer";

    /// <summary>Social-research officer (STEP-3).</summary>
    public const string SocialResearcher = "SocialResearcher";

    /// <summary>Research-committee member (STEP-5).</summary>
    public const string CommitteeMember = "CommitteeMember";

    /// <summary>
    /// The association's director receives the committee escalation. There is no separate director role: the
    /// association's administrators (<c>Admin</c>) act for the director.
    /// </summary>
    public const string Director = "Admin";
}
