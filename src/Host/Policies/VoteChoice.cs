namespace WorkflowOffice.Host.Policies;

/// <summary>A board member's vote on a submitted edition.</summary>
public enum VoteChoice
{
    Approve = 0,
    Return = 1,
}
