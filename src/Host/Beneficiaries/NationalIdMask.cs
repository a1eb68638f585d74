using WorkflowOffice.Activities.Identifiers;

namespace WorkflowOffice.Host.Beneficiaries;

/// <summary>
/// The one way a national ID or iqama number is shown masked on every page: its first digit (citizen or resident)
/// and its last three, e.g. <c>1******897</c>. Pages that need the whole number show it only to the roles that check
/// identity (<see cref="RolesSeeingWhole"/>) and say so.
/// </summary>
public static class NationalIdMask
{
    /// <summary>The roles that check a person's identity at intake and so see the whole number on the beneficiary file.</summary>
    public static IReadOnlyList<string> RolesSeeingWhole { get; } = [Auth.Roles.Admin, Auth.Roles.RelationsOfficer];

    public static string Apply(string? nationalId) =>
        SaudiNationalId.TryParse(nationalId).Value?.Masked ?? "**********";
}
