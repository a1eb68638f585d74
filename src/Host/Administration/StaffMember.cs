namespace WorkflowOffice.Host.Administration;

/// <summary>A user of the association as the administration page lists it.</summary>
public sealed record StaffMember(
    Guid Id,
    string Email,
    string DisplayNameAr,
    string DisplayNameEn,
    IReadOnlyList<string> Roles,
    bool LockedOut,
    int FailedAttempts);
