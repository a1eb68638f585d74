namespace WorkflowOffice.Host.Associations;

/// <summary>A charity association: the tenant every case, beneficiary and user belongs to.</summary>
public sealed class Association
{
    public Guid Id { get; set; }

    /// <summary>Short unique code used in logins, URLs and file numbers (e.g. <c>BTR</c>, <c>ZLF</c>).</summary>
    public required string Code { get; set; }

    public required string NameAr { get; set; }

    public required string NameEn { get; set; }

    public string? City { get; set; }

    /// <summary>Registration licence number issued by the ministry.</summary>
    public string? LicenceNumber { get; set; }
}
