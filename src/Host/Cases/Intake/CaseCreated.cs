namespace WorkflowOffice.Host.Cases.Intake;

/// <summary>The answer to an intake: the new case, and whether the beneficiary's file already existed.</summary>
public sealed record CaseCreated(Guid Id, string Reference, string Status, Guid? BeneficiaryId, bool ExistingBeneficiary);
