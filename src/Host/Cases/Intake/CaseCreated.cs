namespace WorkflowOffice.Host.Cases.Intake;

/// <summary>
/// The answer to an intake: the new case, whether the beneficiary's file already existed, and whether the same form
/// had already created this case (<paramref name="Repeated"/>: a second submission made nothing new).
/// </summary>
public sealed record CaseCreated(Guid Id, string Reference, string Status, Guid? BeneficiaryId, bool ExistingBeneficiary, bool Repeated = false);
