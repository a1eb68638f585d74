using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace WorkflowOffice.Host.Policies;

/// <summary>
/// Bounds the request body of the endpoints that carry a procedure (drafts, saving, validation) before anything
/// reads it: a declared length over the limit is answered 413 at once, a chunked body is cut by the server.
/// </summary>
internal static class ProcedureRequestLimit
{
    public static bool Applies(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) || HttpMethods.IsPut(context.Request.Method)
            ? context.Request.Path.StartsWithSegments("/api/policies", StringComparison.OrdinalIgnoreCase)
              || context.Request.Path.StartsWithSegments("/api/procedures", StringComparison.OrdinalIgnoreCase)
              || context.Request.Path.StartsWithSegments(PolicyPageEndpoints.ValidatePath, StringComparison.OrdinalIgnoreCase)
            : false;

    public static async Task EnforceAsync(HttpContext context, RequestDelegate next)
    {
        var max = context.RequestServices.GetRequiredService<IOptions<ProcedureLimits>>().Value.MaxRequestBytes;
        if (context.Request.ContentLength > max)
        {
            await Results.Problem(
                    title: "The procedure is too large.",
                    detail: $"The request is larger than the limit of {max / 1024} KB.",
                    statusCode: StatusCodes.Status413PayloadTooLarge)
                .ExecuteAsync(context);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = max;
        }

        await next(context);
    }
}
