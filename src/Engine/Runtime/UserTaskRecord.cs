namespace WorkflowOffice.Engine.Runtime;

/// <summary>A user task as staff see it in their inbox.</summary>
/// <param name="Id">Task id (also the id of its wait state).</param>
/// <param name="InstanceId">The workflow instance.</param>
/// <param name="DefinitionKey">Key of the definition the instance runs.</param>
/// <param name="BusinessKey">The instance's business key (e.g. a case number).</param>
/// <param name="ElementId">BPMN id of the user task.</param>
/// <param name="Name">Display name (BPMN <c>name</c>).</param>
/// <param name="CandidateRoles">Roles allowed to claim and complete it (<c>wo:role</c>); empty means anyone.</param>
/// <param name="Assignee">Who claimed it, if anyone.</param>
/// <param name="CreatedAt">When the task opened.</param>
/// <param name="DueAt">Due date from <c>wo:dueIn</c>.</param>
/// <param name="Priority">Priority from <c>wo:priority</c> (default 50, higher is more urgent).</param>
/// <param name="Form">Form key from <c>wo:form</c>.</param>
/// <param name="Outcomes">Allowed outcomes from <c>wo:outcomes</c>; empty means none required.</param>
/// <param name="Status">Open, completed or cancelled.</param>
/// <param name="CompletedBy">Actor id that completed it.</param>
/// <param name="ClosedAt">When it was completed or cancelled.</param>
/// <param name="Outcome">The outcome chosen at completion.</param>
public sealed record UserTaskRecord(
    Guid Id,
    Guid InstanceId,
    string DefinitionKey,
    string? BusinessKey,
    string ElementId,
    string? Name,
    IReadOnlyList<string> CandidateRoles,
    string? Assignee,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DueAt,
    int Priority,
    string? Form,
    IReadOnlyList<string> Outcomes,
    UserTaskStatus Status = UserTaskStatus.Open,
    string? CompletedBy = null,
    DateTimeOffset? ClosedAt = null,
    string? Outcome = null);
