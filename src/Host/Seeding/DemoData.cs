using WorkflowOffice.Host.Auth;

namespace WorkflowOffice.Host.Seeding;

/// <summary>The two demo associations and their users: <c>{role-login}@{association}.demo</c>.</summary>
public static class DemoData
{
    public sealed record DemoAssociation(string Code, string Domain, string NameAr, string NameEn, string City, string? LicenceNumber);

    public sealed record DemoUser(string Email, string AssociationCode, string Role, string DisplayNameAr, string DisplayNameEn);

    public static IReadOnlyList<DemoAssociation> Associations { get; } =
    [
        new("BTR", "batoor.demo", "جمعية رعاية مبتوري الأطراف", "Amputees Care Association (Batoor)", "Riyadh", "1873"),
        new("ZLF", "zulfi.demo", "الجمعية الصحية التطوعية في الزلفي", "Voluntary Health Association in Zulfi", "Zulfi", null),
    ];

    private static readonly Dictionary<string, (string Login, string Ar, string En)> RoleLogins = new()
    {
        [Roles.Admin] = ("admin", "مدير النظام", "Administrator"),
        [Roles.PolicyOwner] = ("policy", "مالك السياسة", "Policy owner"),
        [Roles.RelationsOfficer] = ("officer", "مسؤول علاقات المستفيدين", "Relations officer"),
        [Roles.SocialResearcher] = ("researcher", "الباحث الاجتماعي", "Social researcher"),
        [Roles.CommitteeMember] = ("committee", "عضو لجنة البحث", "Committee member"),
        [Roles.BoardMember] = ("board", "عضو مجلس الإدارة", "Board member"),
    };

    public static IReadOnlyList<DemoUser> Users { get; } =
    [
        .. Associations.SelectMany(a => Roles.All.Select(role => new DemoUser(
            $"{RoleLogins[role].Login}@{a.Domain}",
            a.Code,
            role,
            RoleLogins[role].Ar,
            RoleLogins[role].En))),
    ];
}
