using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using WorkflowOffice.Host.Policies.Api;

namespace WorkflowOffice.Host.Policies;

/// <summary>
/// What the designer page's script calls while the user draws: validation with the sign-in cookie (the API under
/// <c>/api</c> takes bearer tokens only). Side-effect free, but still guarded by the antiforgery token of the page.
/// </summary>
internal static class PolicyPageEndpoints
{
    public const string ValidatePath = "/procedures/validate";

    public static void Map(WebApplication app) =>
        app.MapPost(ValidatePath, ValidateAsync).RequireAuthorization().DisableAntiforgery().ExcludeFromDescription();

    private static async Task<IResult> ValidateAsync(HttpContext context, IAntiforgery antiforgery, ProcedureValidator validator)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return TypedResults.Problem(title: "Antiforgery token missing or invalid", statusCode: StatusCodes.Status400BadRequest);
        }

        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var xml = await reader.ReadToEndAsync(context.RequestAborted);
        return TypedResults.Ok(ValidationResponse.From(validator.Validate(xml)));
    }
}
