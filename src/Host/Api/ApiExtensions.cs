namespace WorkflowOffice.Host.Api;

/// <summary>OpenAPI document, Swagger UI and RFC 7807 problem details for every error.</summary>
public static class ApiExtensions
{
    public static IHostApplicationBuilder AddApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();

        // Minimal APIs throw on unreadable bodies in Development (a 500 page); every environment answers 400.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = false);
        builder.Services.AddValidation();
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer<BearerSecuritySchemeTransformer>());
        return builder;
    }

    /// <summary>Error handling comes first in the pipeline so that it sees every failure after it.</summary>
    public static WebApplication UseApiErrors(this WebApplication app)
    {
        app.UseExceptionHandler();
        // Empty error responses of the API (401 from the bearer handler, 404, 405…) get a problem-details body;
        // pages keep their own handling (redirect to sign-in).
        app.UseWhen(context => Auth.AuthExtensions.IsApi(context.Request), api => api.UseStatusCodePages());
        app.UseWhen(JsonTextGuard.Applies, api => api.Use(JsonTextGuard.EnforceAsync));
        return app;
    }

    public static WebApplication MapApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint("/openapi/v1.json", "WorkflowOffice API v1");
            options.RoutePrefix = "swagger";
            options.DocumentTitle = "WorkflowOffice API";
        });
        return app;
    }
}
