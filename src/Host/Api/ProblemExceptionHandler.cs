using Microsoft.AspNetCore.Diagnostics;
using WorkflowOffice.Host.Cases;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Api;

/// <summary>
/// Answers the failures a client causes with their own status instead of 500: an unreadable request (malformed
/// JSON, a body over the size limit) is 400/413, a write into another association is 404.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is CaseValidationException invalid && !httpContext.Response.HasStarted)
        {
            // A text the database cannot store (StorableTextGuard), from an endpoint without its own mapping.
            var language = CaseProblems.LanguageOf(httpContext.Request);
            await Results.ValidationProblem(
                    invalid.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message.For(language)).ToArray()),
                    title: language == "en" ? "Some fields are not valid." : "بعض الحقول غير صحيحة.")
                .ExecuteAsync(httpContext);
            return true;
        }

        var (status, title) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, bad.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? "The request body is too large."
                : "The request could not be read (malformed JSON or a value of the wrong type)."),
            CrossAssociationWriteException => (StatusCodes.Status404NotFound, "Not found."),
            _ => (0, ""),
        };
        if (status == 0 || httpContext.Response.HasStarted)
        {
            return false;
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title },
        });
    }
}
