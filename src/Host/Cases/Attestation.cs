using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Cases;

/// <summary>
/// STEP-4: the applicant confirmed the declaration, by drawn signature or one-time code, at a time, over data whose
/// hash is kept: a later edit of that data no longer matches the hash and shows as edited after attestation.
/// </summary>
public sealed class Attestation : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid AssociationId { get; set; }

    public Guid CaseId { get; set; }

    /// <summary><c>signature</c> or <c>otp</c>.</summary>
    public string Method { get; set; } = "";

    public DateTimeOffset AttestedAt { get; set; }

    /// <summary>SHA-256 of the canonical JSON of the attested data.</summary>
    public string DataHash { get; set; } = "";

    public string DeclarationText { get; set; } = "";

    /// <summary>The drawn signature (SVG path or data URL), for the signature method.</summary>
    public string? Signature { get; set; }

    /// <summary>Staff who took it, or <c>public</c>.</summary>
    public string RecordedBy { get; set; } = "";
}
