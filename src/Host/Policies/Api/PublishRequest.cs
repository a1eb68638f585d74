namespace WorkflowOffice.Host.Policies.Api;

/// <summary>The board meeting that approved the edition, recorded when it is published (the minute is written after
/// the meeting, so publishing is the moment the record is complete).</summary>
public sealed record PublishRequest(int MeetingNumber, int BoardCycle, DateOnly MeetingDate);
