namespace WorkflowOffice.Host.Administration;

/// <summary>What the administrator enters to create a user.</summary>
public sealed record NewStaffMember(string Email, string DisplayNameAr, string DisplayNameEn, IReadOnlyList<string> Roles);
