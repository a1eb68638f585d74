using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Policies;

/// <summary>
/// One edition of a policy: its procedure (BPMN), templates and settings, and its approval record. Every state
/// change is stamped with who and when.
/// </summary>
public sealed class PolicyEdition : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid AssociationId { get; set; }

    public Guid PolicyId { get; set; }

    /// <summary>Edition number (the seeded one is the third).</summary>
    public int Number { get; set; }

    /// <summary>Gregorian year of the edition.</summary>
    public int Year { get; set; }

    public EditionStatus Status { get; set; }

    public required string BpmnXml { get; set; }

    /// <summary>Notification template overrides of this edition (JSON object, name → text).</summary>
    public string TemplatesJson { get; set; } = "{}";

    /// <summary>Settings of this edition (JSON object).</summary>
    public string SettingsJson { get; set; } = "{}";

    /// <summary>SHA-256 (hex) of the content at approval; publishing checks the content still has it.</summary>
    public string? ApprovedSha256 { get; set; }

    /// <summary>Board meeting that approved it (number within the year), recorded at publishing.</summary>
    public int? BoardMeetingNumber { get; set; }

    /// <summary>Board cycle (دورة مجلس الإدارة) of that meeting.</summary>
    public int? BoardCycle { get; set; }

    public DateOnly? MeetingDate { get; set; }

    /// <summary>Engine definition key and version this edition runs as, once published.</summary>
    public string? DefinitionKey { get; set; }

    public int? DefinitionVersion { get; set; }

    /// <summary>The edition this draft was revised from, if any.</summary>
    public int? RevisedFromNumber { get; set; }

    public Guid CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public Guid? SubmittedBy { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>The board member whose vote reached the quorum.</summary>
    public Guid? ApprovedBy { get; set; }

    public DateTimeOffset? ApprovedAt { get; set; }

    public Guid? ReturnedBy { get; set; }

    public DateTimeOffset? ReturnedAt { get; set; }

    public Guid? PublishedBy { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public DateTimeOffset? SupersededAt { get; set; }

    /// <summary>Changes at every save; two concurrent state changes of one edition cannot both win.</summary>
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
}
