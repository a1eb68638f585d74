namespace WorkflowOffice.Host.Persistence;

/// <summary>One ASP.NET Core data-protection key, stored so that cookies and tokens survive restarts and are
/// shared by every host on the same database.</summary>
public sealed class DataProtectionKeyRecord
{
    public int Id { get; set; }

    public string? FriendlyName { get; set; }

    public required string Xml { get; set; }
}
