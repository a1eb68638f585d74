using WorkflowOffice.Host.Tasks;

namespace WorkflowOffice.Host.Cases;

/// <summary>
/// Maps the case services' exceptions to RFC 7807 answers: field-level validation errors in the language of
/// <c>Accept-Language</c> (Arabic unless English is preferred), 404 for anything outside the user's association,
/// 403 for a task of another role, 409 for a task already completed (naming who completed it).
/// </summary>
public static class CaseProblems
{
    public static async Task<IResult> RunAsync(HttpContext context, Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (CaseValidationException ex)
        {
            var language = LanguageOf(context.Request);
            var errors = ex.Errors
                .GroupBy(e => e.Field)
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message.For(language)).ToArray());
            return TypedResults.ValidationProblem(errors,
                title: language == "en" ? "Some fields are not valid." : "بعض الحقول غير صحيحة.",
                extensions: new Dictionary<string, object?> { ["codes"] = ex.Errors.ToDictionary(e => e.Field, e => e.Code) });
        }
        catch (CaseNotFoundException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: ex.Message);
        }
        catch (TaskForbiddenException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not your task.", detail: ex.Message,
                extensions: new Dictionary<string, object?> { ["roles"] = ex.Roles });
        }
        catch (TaskConflictException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: ex.Message,
                extensions: new Dictionary<string, object?> { ["completedBy"] = ex.CompletedBy });
        }
    }

    /// <summary><c>en</c> when the client prefers English, otherwise <c>ar</c> (the association's language).</summary>
    public static string LanguageOf(HttpRequest request)
    {
        var header = request.GetTypedHeaders().AcceptLanguage;
        var best = header.OrderByDescending(h => h.Quality ?? 1).FirstOrDefault();
        return best?.Value.Value?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? "en" : "ar";
    }

}
