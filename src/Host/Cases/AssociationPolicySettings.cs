using WorkflowOffice.Activities.Committee;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Cases;

/// <summary>An association's settings of the procedure: the attestation declaration (STEP-4) and the committee's rules (STEP-5).</summary>
public sealed class AssociationPolicySettings : ITenantOwned
{
    public const string DefaultDeclarationAr =
        "أقر بأن جميع البيانات والمستندات التي قدمتها صحيحة، وأتحمل المسؤولية الكاملة عن صحتها.";

    public const string DefaultDeclarationEn =
        "I declare that all the data and documents I have provided are accurate, and I take full responsibility for them.";

    public Guid AssociationId { get; set; }

    public string DeclarationAr { get; set; } = DefaultDeclarationAr;

    public string DeclarationEn { get; set; } = DefaultDeclarationEn;

    /// <summary>Votes needed before a decision; <c>null</c>: the rule's default.</summary>
    public int? CommitteeQuorum { get; set; }

    public MajorityKind CommitteeMajority { get; set; } = MajorityKind.OfMembers;

    public bool ChairBreaksTie { get; set; } = true;

    /// <summary>User id of the committee chair, if one is named.</summary>
    public Guid? CommitteeChairId { get; set; }

    public CommitteeRules ToRules() => new(CommitteeQuorum, CommitteeMajority, ChairBreaksTie);
}
