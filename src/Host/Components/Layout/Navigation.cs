using WorkflowOffice.Host.Auth;

namespace WorkflowOffice.Host.Components.Layout;

/// <summary>The staff navigation, by role: each user sees the areas their work is in, nothing else.</summary>
public static class Navigation
{
    private static readonly string[] Workers = [Roles.Admin, Roles.RelationsOfficer, Roles.SocialResearcher, Roles.CommitteeMember];

    public static IReadOnlyList<NavItem> Items { get; } =
    [
        new("/inbox", "inbox", "صندوق المهام", "Inbox", Workers),
        new("/intake", "add_circle", "استقبال الطلبات", "Intake", [Roles.Admin, Roles.RelationsOfficer]),
        new("/inquiries", "help", "الاستفسارات", "Inquiries", [Roles.Admin, Roles.RelationsOfficer]),
        new("/beneficiaries", "groups", "سجل المستفيدين", "Beneficiaries", Workers),
        new("/cases", "folder_open", "الحالات", "Cases", Workers),
        new("/reports", "bar_chart", "التقارير", "Reports", [Roles.Admin, Roles.PolicyOwner, Roles.BoardMember, Roles.CommitteeMember]),
        new("/policies", "policy", "السياسات", "Policies", [Roles.Admin, Roles.PolicyOwner, Roles.BoardMember]),
        new("/administration", "settings", "الإدارة", "Administration", [Roles.Admin]),
    ];

    /// <summary>The entries a user with <paramref name="isInRole"/> sees.</summary>
    public static IEnumerable<NavItem> For(Func<string, bool> isInRole) => Items.Where(i => i.Roles.Any(isInRole));
}
