using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowOffice.Host.Auth;

namespace WorkflowOffice.Host.Policies.Api;

/// <summary>
/// <c>/api/policies</c> and <c>/api/procedures/validate</c>. Reading is open to every signed-in staff member of the
/// association; drafting, submitting and publishing need <c>PolicyOwner</c>; voting needs <c>BoardMember</c> (403).
/// Refusals are RFC 7807 problem details: 404 (no such policy or edition in your association), 409 with a
/// <c>reason</c> (status or content does not allow it), 422 with <c>problems</c> (procedure not valid), 400 (bad input).
/// </summary>
internal static class PolicyEndpoints
{
    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api").WithTags("Policies").RequireAuthorization().AddEndpointFilter(TranslateErrorsAsync);
        var policies = api.MapGroup("/policies");
        var edition = policies.MapGroup("/{key}/editions/{number:int}");

        policies.MapGet("", ListPoliciesAsync).WithSummary("The association's policies and their published editions.");
        policies.MapGet("/{key}/editions", ListEditionsAsync).WithSummary("Every edition of a policy, newest first: status, number/year, meeting record.");
        policies.MapPost("/{key}/editions", CreateDraftAsync)
            .RequireAuthorization(p => p.RequireRole(Roles.PolicyOwner))
            .DisableAntiforgery()
            // One Accepts: the last one would otherwise be the only content type routing lets through (415).
            .Accepts<CreateEditionRequest>("application/json", "multipart/form-data")
            .WithSummary("Start a draft from an uploaded .bpmn (JSON bpmnXml or multipart field 'file') or from an edition (default: the published one).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        edition.MapGet("", GetEditionAsync).WithSummary("One edition with its BPMN, votes and comments.");
        edition.MapPut("/procedure", SaveProcedureAsync)
            .RequireAuthorization(p => p.RequireRole(Roles.PolicyOwner))
            .WithSummary("Save a draft's diagram; answers with its validation problems (saving is allowed with problems).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        edition.MapPost("/submit", SubmitAsync)
            .RequireAuthorization(p => p.RequireRole(Roles.PolicyOwner))
            .WithSummary("Send a draft to the board; 422 with the list of problems when the procedure is not valid.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        edition.MapPost("/votes", VoteAsync)
            .RequireAuthorization(p => p.RequireRole(Roles.BoardMember))
            .WithSummary("A board member's vote: approve, or return with a comment. The quorum of approvals approves the edition.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        edition.MapPost("/comments", CommentAsync).WithSummary("Comment on an edition (optionally on one element).");
        edition.MapPost("/publish", PublishAsync)
            .RequireAuthorization(p => p.RequireRole(Roles.PolicyOwner))
            .WithSummary("Publish an approved, unchanged edition with its board meeting record; it becomes the procedure for new cases.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        edition.MapGet("/diff", DiffAsync).WithSummary("The changes against edition ?against= (default: the published edition), by element and in words.");
        api.MapPost("/procedures/validate", ValidateAsync)
            .DisableAntiforgery()
            .Accepts<ProcedureRequest>("application/json", "application/xml", "text/xml")
            .WithSummary("Validate a BPMN procedure: the problems with their element ids.");
    }

    private static async Task<Ok<List<PolicyResponse>>> ListPoliciesAsync(PolicyEditionService service, CancellationToken ct)
    {
        var result = new List<PolicyResponse>();
        foreach (var policy in await service.ListPoliciesAsync(ct))
        {
            var published = (await service.ListEditionsAsync(policy.Key, ct)).FirstOrDefault(e => e.Status == EditionStatus.Published);
            result.Add(new PolicyResponse(policy.Key, policy.NameAr, policy.NameEn, published?.Number, published?.Year));
        }

        return TypedResults.Ok(result);
    }

    private static async Task<Ok<List<EditionSummaryResponse>>> ListEditionsAsync(string key, PolicyEditionService service, CancellationToken ct) =>
        TypedResults.Ok((await service.ListEditionsAsync(key, ct)).Select(EditionSummaryResponse.From).ToList());

    private static async Task<Created<EditionSummaryResponse>> CreateDraftAsync(string key, HttpRequest request, PolicyEditionService service, CancellationToken ct)
    {
        string? xml = null;
        int? from = null;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            var file = form.Files.GetFile("file") ?? throw new ArgumentException("The form has no 'file' field with the .bpmn file.");
            using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
            xml = await reader.ReadToEndAsync(ct);
        }
        else if (request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            var body = await request.ReadFromJsonAsync<CreateEditionRequest>(ct);
            xml = body?.BpmnXml;
            from = body?.From;
        }

        var draft = await service.CreateDraftAsync(key, xml, from, ct);
        return TypedResults.Created($"/api/policies/{key}/editions/{draft.Number}", EditionSummaryResponse.From(draft));
    }

    private static async Task<Ok<EditionResponse>> GetEditionAsync(string key, int number, PolicyEditionService service, CancellationToken ct) =>
        TypedResults.Ok(EditionResponse.From(await service.GetRecordAsync(key, number, ct)));

    private static async Task<Ok<ValidationResponse>> SaveProcedureAsync(string key, int number, ProcedureRequest body, PolicyEditionService service, CancellationToken ct) =>
        TypedResults.Ok(ValidationResponse.From(await service.SaveProcedureAsync(key, number, body.BpmnXml ?? "", ct)));

    private static async Task<Ok<EditionSummaryResponse>> SubmitAsync(string key, int number, PolicyEditionService service, CancellationToken ct) =>
        TypedResults.Ok(EditionSummaryResponse.From(await service.SubmitAsync(key, number, ct)));

    private static async Task<Ok<EditionSummaryResponse>> VoteAsync(string key, int number, VoteRequest body, PolicyEditionService service, CancellationToken ct)
    {
        var vote = body.Vote?.Trim().ToLowerInvariant() switch
        {
            "approve" => VoteChoice.Approve,
            "return" => VoteChoice.Return,
            _ => throw new ArgumentException("vote must be \"approve\" or \"return\"."),
        };
        return TypedResults.Ok(EditionSummaryResponse.From(await service.VoteAsync(key, number, vote, body.Comment, ct)));
    }

    private static async Task<NoContent> CommentAsync(string key, int number, CommentRequest body, PolicyEditionService service, CancellationToken ct)
    {
        await service.CommentAsync(key, number, body.Text ?? "", body.ElementId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<EditionSummaryResponse>> PublishAsync(string key, int number, PublishRequest body, PolicyEditionService service, CancellationToken ct) =>
        TypedResults.Ok(EditionSummaryResponse.From(await service.PublishAsync(key, number, new BoardMeeting(body.MeetingNumber, body.BoardCycle, body.MeetingDate), ct)));

    private static async Task<Ok<DiffResponse>> DiffAsync(string key, int number, int? against, PolicyEditionService service, CancellationToken ct) =>
        TypedResults.Ok(DiffResponse.From(await service.DiffAsync(key, number, against, ct)));

    private static async Task<Ok<ValidationResponse>> ValidateAsync(HttpRequest request, PolicyEditionService service, CancellationToken ct)
    {
        string xml;
        if (request.ContentType?.Contains("xml", StringComparison.OrdinalIgnoreCase) == true)
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            xml = await reader.ReadToEndAsync(ct);
        }
        else
        {
            xml = (await request.ReadFromJsonAsync<ProcedureRequest>(ct))?.BpmnXml ?? "";
        }

        return TypedResults.Ok(ValidationResponse.From(service.Validate(xml)));
    }

    private static async ValueTask<object?> TranslateErrorsAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (PolicyNotFoundException ex)
        {
            return TypedResults.Problem(title: "Not found", detail: ex.Message, statusCode: StatusCodes.Status404NotFound);
        }
        catch (EditionConflictException ex)
        {
            return TypedResults.Problem(
                title: "Refused",
                detail: ex.Message,
                statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["reason"] = ex.Reason });
        }
        catch (ProcedureInvalidException ex)
        {
            return TypedResults.Problem(
                title: "The procedure has problems",
                detail: ex.Message,
                statusCode: StatusCodes.Status422UnprocessableEntity,
                extensions: new Dictionary<string, object?> { ["problems"] = ex.Problems.Select(p => new ProblemResponse(p.ElementId, p.Message)).ToList() });
        }
        catch (Exception ex) when (ex is ArgumentException or JsonException or BadHttpRequestException)
        {
            return TypedResults.Problem(title: "Bad request", detail: ex.Message, statusCode: StatusCodes.Status400BadRequest);
        }
    }
}
