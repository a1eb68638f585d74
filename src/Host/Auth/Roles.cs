namespace WorkflowOffice.Host.Auth;

/// <summary>The six staff roles of the policy; the names are stored in the database and used in policies.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string PolicyOwner = "PolicyOwner";
    public const string RelationsOfficer = "RelationsOfficer";
    public const string SocialResearcher = "SocialResearcher";
    public const string CommitteeMember = "CommitteeMember";
    public const string BoardMember = "BoardMember";

    /// <summary>Every role, in the order the policy introduces them.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Admin, PolicyOwner, RelationsOfficer, SocialResearcher, CommitteeMember, BoardMember];
}
