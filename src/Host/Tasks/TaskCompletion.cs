using System.Text.Json;

namespace WorkflowOffice.Host.Tasks;

/// <summary>The body of <c>POST /api/tasks/{id}/complete</c>.</summary>
/// <param name="Outcome">One of the task's outcomes, when it has some.</param>
/// <param name="Data">The form's values (merged into the instance; forms such as the committee vote are also recorded in their tables).</param>
public sealed record TaskCompletion(string? Outcome, Dictionary<string, JsonElement>? Data);
