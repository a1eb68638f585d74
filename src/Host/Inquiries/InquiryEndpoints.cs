using WorkflowOffice.Host.Auth;
using WorkflowOffice.Host.Cases;

namespace WorkflowOffice.Host.Inquiries;

/// <summary><c>POST /api/inquiries</c> (STEP-1, GOAL-3).</summary>
public static class InquiryEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/inquiries", (InquiryRequest request, InquiryService inquiries, ICurrentUser user, HttpContext context, CancellationToken ct) =>
                CaseProblems.RunAsync(context, async () =>
                {
                    var recorded = await inquiries.RecordAsync(user.AssociationId, request, user.UserId.ToString(), ct);
                    return TypedResults.Created($"/api/cases/{recorded.CaseId}", recorded);
                }))
            .WithTags("Inquiries")
            .RequireAuthorization(AuthPolicies.TakeIn)
            .WithSummary("Records an enquiry from any channel, answered now or by a relations officer.")
            .Produces<InquiryRecorded>(StatusCodes.Status201Created)
            .ProducesValidationProblem();
    }
}
