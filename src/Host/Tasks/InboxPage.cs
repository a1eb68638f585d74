namespace WorkflowOffice.Host.Tasks;

/// <summary>The first tasks of an inbox list and how many match in all.</summary>
public sealed record InboxPage(IReadOnlyList<TaskView> Items, int Total);
