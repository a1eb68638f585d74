namespace WorkflowOffice.Host.Tests.Policies;

/// <summary>A case that just reached the research committee: the procedure it runs and when the committee is overdue.</summary>
/// <param name="DefinitionVersion">The version of the association's procedure the case's instance runs.</param>
/// <param name="EditionLabel">The policy edition recorded on the case (number/year).</param>
/// <param name="SentAt">When the officer sent the case to the committee.</param>
/// <param name="CommitteeDeadline">When the committee's escalation timer (<c>committeeDeadline</c>) is due.</param>
/// <param name="VoteDueAt">The due date the case shows on its open committee vote task (<c>GET /api/cases/{id}</c>).</param>
public sealed record CaseAtCommittee(int DefinitionVersion, string? EditionLabel, DateTimeOffset SentAt, DateTimeOffset CommitteeDeadline, DateTimeOffset? VoteDueAt);
