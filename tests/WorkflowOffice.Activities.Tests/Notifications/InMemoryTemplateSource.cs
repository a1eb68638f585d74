using WorkflowOffice.Activities.Notifications;

namespace WorkflowOffice.Activities.Tests.Notifications;

/// <summary>Templates held in a dictionary keyed by <c>{association or *}/{key}</c>, so tests can write a template inline.</summary>
public sealed class InMemoryTemplateSource : ITemplateSource
{
    public Dictionary<string, string> Templates { get; } = [];

    public ValueTask<TemplateText?> FindAsync(TemplateKey key, string? associationCode, CancellationToken cancellationToken = default)
    {
        if (associationCode is not null && Templates.TryGetValue($"{associationCode}/{key}", out var own))
        {
            return ValueTask.FromResult<TemplateText?>(new TemplateText(own, $"memory:{associationCode}/{key}"));
        }

        return ValueTask.FromResult(Templates.TryGetValue($"*/{key}", out var text) ? new TemplateText(text, $"memory:*/{key}") : null);
    }
}
