using WorkflowOffice.Host.Auth;
using WorkflowOffice.Host.Cases.Intake;

namespace WorkflowOffice.Host.Cases;

/// <summary><c>/api/cases</c>: staff intake for any channel and the case file.</summary>
public static class CaseEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/cases").WithTags("Cases").RequireAuthorization();
        api.MapPost("/", (CaseIntakeRequest request, IntakeService intake, ICurrentUser user, HttpContext context, CancellationToken ct) =>
                CaseProblems.RunAsync(context, async () =>
                {
                    var created = await intake.CreateCaseAsync(user.AssociationId, request, user.UserId.ToString(), ct);
                    return TypedResults.Created($"/api/cases/{created.Id}", created);
                }))
            .RequireAuthorization(AuthPolicies.TakeIn)
            .WithSummary("Takes a support request through any channel (CH-1…CH-8).")
            .Produces<CaseCreated>(StatusCodes.Status201Created)
            .ProducesValidationProblem();
        api.MapGet("/{id:guid}", (Guid id, CaseFileService cases, HttpContext context, CancellationToken ct) =>
                CaseProblems.RunAsync(context, async () => TypedResults.Ok(await cases.GetAsync(id, ct))))
            .WithSummary("The case file: beneficiary, current tasks, timeline, governing edition.")
            .Produces<CaseFileView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{id:guid}/items", (Guid id, IReadOnlyList<DocumentInput> documents, CaseFileService cases, HttpContext context, CancellationToken ct) =>
                CaseProblems.RunAsync(context, async () =>
                {
                    await cases.SubmitItemsAsync(id, documents, ct);
                    return TypedResults.Ok(await cases.GetAsync(id, ct));
                }))
            .RequireAuthorization(AuthPolicies.TakeIn)
            .WithSummary("STEP-2: records the items the beneficiary brought and re-checks the case.")
            .Produces<CaseFileView>()
            .ProducesValidationProblem();
    }
}
