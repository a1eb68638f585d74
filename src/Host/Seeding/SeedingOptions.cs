namespace WorkflowOffice.Host.Seeding;

/// <summary>The <c>Seeding</c> section; demo data is on only in Development (appsettings.Development.json).</summary>
public sealed class SeedingOptions
{
    public const string SectionName = "Seeding";

    /// <summary>Create the demo associations and one user per role in each, and print the logins at start-up.</summary>
    public bool DemoData { get; set; }

    /// <summary>The one password of every demo user (development only; never set in production).</summary>
    public string? DemoPassword { get; set; }
}
