using WorkflowOffice.Activities.Notifications;
using WorkflowOffice.Host.Auth;

namespace WorkflowOffice.Host.Administration;

/// <summary>The template page's live preview: the edited text rendered as the administrator types (no side effect).</summary>
public static class AdministrationEndpoints
{
    public static WebApplication MapAdministration(this WebApplication app)
    {
        app.MapPost("/administration/templates/preview", PreviewAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.Admin))
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> PreviewAsync(TemplatePreviewRequest request, TemplatePreview preview, CancellationToken cancellationToken)
    {
        if (!NotificationEvents.All.Contains(request.Event) || !TemplateKey.Languages.Contains(request.Language)
            || !Enum.TryParse<NotificationChannel>(request.Channel, ignoreCase: true, out var channel))
        {
            return TypedResults.BadRequest();
        }

        var result = await preview.RenderAsync(new TemplateKey(request.Event, request.Language, channel), request.Text, cancellationToken);
        return TypedResults.Ok(result);
    }
}
