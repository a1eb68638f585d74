using System.Globalization;
using System.Threading.RateLimiting;
using WorkflowOffice.Host.Cases;
using WorkflowOffice.Host.Localization;

namespace WorkflowOffice.Host.PublicApi;

/// <summary>
/// <c>/api/public</c>: anonymous by explicit <c>AllowAnonymous</c>, and rate-limited per client IP (policy
/// <see cref="RateLimitPolicy"/>, section <c>PublicApi</c>) because anyone on the internet can call them.
/// </summary>
public static class PublicEndpoints
{
    public const string RateLimitPolicy = "public";

    public static IHostApplicationBuilder AddPublicApi(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("PublicApi");
        var permits = section.GetValue("PermitLimit", 20);
        var window = section.GetValue("Window", TimeSpan.FromMinutes(1));
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 }));
        });
        builder.Services.AddScoped<PublicService>();
        builder.Services.AddSingleton<PublicAddress>();
        return builder;
    }

    public static void Map(WebApplication app)
    {
        app.UseRateLimiter();
        var api = app.MapGroup("/api/public").WithTags("Public").AllowAnonymous().RequireRateLimiting(RateLimitPolicy);
        api.MapPost("/applications", (PublicApplicationRequest request, PublicService service, HttpContext context, CancellationToken ct) =>
                CaseProblems.RunAsync(context, async () =>
                {
                    var accepted = await service.ApplyAsync(request, ct);
                    return TypedResults.Created($"/api/public/status?reference={accepted.Reference}", accepted);
                }))
            .WithSummary("Online application (CH-7); a one-time code for the attestation is sent by SMS.")
            .Produces<PublicApplicationAccepted>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapPost("/applications/{reference}/attestation", (string reference, PublicAttestationRequest request, PublicService service, HttpContext context, CancellationToken ct) =>
                CaseProblems.RunAsync(context, async () => TypedResults.Ok(await service.AttestAsync(reference, request, ct))))
            .WithSummary("STEP-4: the applicant attests their data with the one-time code sent to their mobile (method otp, time and data hash stored).")
            .Produces<PublicAttestationResult>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapPost("/applications/{reference}/attestation-code", (string reference, PublicCodeRequest request, PublicService service, HttpContext context, CancellationToken ct) =>
                CaseProblems.RunAsync(context, async () =>
                {
                    await service.ResendCodeAsync(reference, request.Mobile, ct);
                    return TypedResults.Accepted((string?)null);
                }))
            .WithSummary("STEP-4: sends a new one-time code to the applicant's mobile; the previous code stops working.")
            .Produces(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapGet("/status", (string? reference, string? mobile, PublicService service, HttpContext context, CancellationToken ct) =>
                CaseProblems.RunAsync(context, async () =>
                {
                    // Programs ask in the language they want (Accept-Language), as for every other API answer.
                    CultureInfo.CurrentUICulture = SupportedCultures.Find(CaseProblems.LanguageOf(context.Request)) ?? SupportedCultures.Default;
                    return TypedResults.Ok(await service.StatusAsync(reference, mobile, ct));
                }))
            .WithSummary("The status of a request, by reference and the applicant's mobile, in words (Accept-Language ar or en): updates, missing items with their deadline, the committee's reasons; no personal data.")
            .Produces<PublicStatus>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/surveys/{token}", (string token, SurveyAnswerRequest answer, PublicService service, HttpContext context, CancellationToken ct) =>
                CaseProblems.RunAsync(context, async () =>
                {
                    await service.AnswerSurveyAsync(token, answer, ct);
                    return TypedResults.NoContent();
                }))
            .WithSummary("GOAL-5: answers the satisfaction survey once, before it closes.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
