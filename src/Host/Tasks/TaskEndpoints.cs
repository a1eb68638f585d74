using WorkflowOffice.Host.Cases;

namespace WorkflowOffice.Host.Tasks;

/// <summary><c>/api/tasks</c>: the inbox; the logic is in <see cref="TaskInbox"/>.</summary>
public static class TaskEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/tasks").WithTags("Tasks").RequireAuthorization();
        api.MapGet("/", (string? scope, TaskInbox inbox, HttpContext context, CancellationToken ct) =>
                CaseProblems.RunAsync(context, async () => TypedResults.Ok(await inbox.ListAsync(scope == "mine" ? "mine" : "queue", ct))))
            .WithSummary("My claimed tasks (scope=mine) or my roles' open queue (scope=queue).")
            .Produces<IReadOnlyList<TaskView>>();
        api.MapPost("/{id:guid}/claim", (Guid id, TaskInbox inbox, HttpContext context, CancellationToken ct) =>
                CaseProblems.RunAsync(context, async () => TypedResults.Ok(await inbox.ClaimAsync(id, ct))))
            .Produces<TaskView>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{id:guid}/release", (Guid id, TaskInbox inbox, HttpContext context, CancellationToken ct) =>
                CaseProblems.RunAsync(context, async () => TypedResults.Ok(await inbox.ReleaseAsync(id, ct))))
            .Produces<TaskView>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{id:guid}/complete", (Guid id, TaskCompletion completion, TaskInbox inbox, HttpContext context, CancellationToken ct) =>
                CaseProblems.RunAsync(context, async () => TypedResults.Ok(await inbox.CompleteAsync(id, completion, ct))))
            .WithSummary("Completes a task with { outcome, data }; 409 names who completed it first.")
            .Produces<TaskView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }
}
