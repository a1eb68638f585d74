namespace WorkflowOffice.Host.Policies;

/// <summary>The board meeting that approved an edition: its number within the year, the board cycle and the date.</summary>
public sealed record BoardMeeting(int MeetingNumber, int BoardCycle, DateOnly MeetingDate);
