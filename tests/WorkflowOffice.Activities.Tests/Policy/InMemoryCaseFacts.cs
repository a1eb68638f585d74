using WorkflowOffice.Activities.Committee;
using WorkflowOffice.Activities.Policy.Ports;
using WorkflowOffice.Activities.Verification;

namespace WorkflowOffice.Activities.Tests.Policy;

/// <summary>The host's case and committee tables, in memory: cases by id, committees by association id.</summary>
public sealed class InMemoryCaseFacts : ICaseFacts
{
    public static readonly DateOnly SubmittedOn = new(2026, 1, 1);

    public static readonly SupportType ProstheticLimb = new("prosthetic-limb", "طرف صناعي", "Prosthetic limb",
    [
        new(RequiredItemKind.Document, "national-id-card", "صورة الهوية الوطنية", "National ID card", ExpiryMatters: true),
        new(RequiredItemKind.Document, "medical-report", "التقرير الطبي", "Medical report"),
        new(RequiredItemKind.Field, "nationalId", "رقم الهوية", "National ID number", Format: FieldFormat.NationalId),
        new(RequiredItemKind.Field, "mobile", "رقم الجوال", "Mobile number", Format: FieldFormat.Mobile),
    ]);

    public Dictionary<string, CaseFacts> Cases { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, CommitteeSetup> Committees { get; } = new(StringComparer.Ordinal);

    /// <summary>A three-member committee (m1 chairs) under the default rules.</summary>
    public static CommitteeSetup ThreeMembers { get; } = new(
        [new("m1", "Chair", IsChair: true), new("m2", "Member two"), new("m3", "Member three")],
        CommitteeRules.Default);

    public static CaseFacts CompleteCase(string caseId) => new(
        caseId,
        ProstheticLimb,
        SubmittedOn,
        new Dictionary<string, string?> { ["nationalId"] = "1234567897", ["mobile"] = "0501234567" },
        [new("national-id-card", "1234567897", SubmittedOn.AddYears(1)), new("medical-report", "MR-1", null)]);

    /// <summary>The medical report is missing and the ID card expired the day before submission.</summary>
    public static CaseFacts IncompleteCase(string caseId) => CompleteCase(caseId) with
    {
        Documents = [new("national-id-card", "1234567897", SubmittedOn.AddDays(-1))],
    };

    public ValueTask<CaseFacts> GetCaseAsync(string caseId, CancellationToken cancellationToken) =>
        Cases.TryGetValue(caseId, out var facts)
            ? ValueTask.FromResult(facts)
            : throw new KeyNotFoundException($"No case {caseId}.");

    public ValueTask<CommitteeSetup> GetCommitteeAsync(string associationId, CancellationToken cancellationToken) =>
        Committees.TryGetValue(associationId, out var committee)
            ? ValueTask.FromResult(committee)
            : throw new KeyNotFoundException($"No committee for {associationId}.");
}
