using System.Collections.Concurrent;

namespace WorkflowOffice.Engine.Activities;

/// <summary>The custom activities the host offers to BPMN models, by name. Filled at start-up.</summary>
public sealed class ActivityRegistry
{
    private readonly ConcurrentDictionary<string, ICustomActivity> _activities = new(StringComparer.Ordinal);

    /// <summary>Registers an activity under its descriptor's name; a second registration of a name fails.</summary>
    public ActivityRegistry Register(ICustomActivity activity)
    {
        if (!_activities.TryAdd(activity.Descriptor.Name, activity))
        {
            throw new InvalidOperationException($"An activity named '{activity.Descriptor.Name}' is already registered.");
        }

        return this;
    }

    /// <summary>Finds an activity by name.</summary>
    public bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ICustomActivity? activity) =>
        _activities.TryGetValue(name, out activity);

    /// <summary>Every registered activity (for the designer's palette and documentation).</summary>
    public IReadOnlyCollection<ActivityDescriptor> Descriptors => [.. _activities.Values.Select(a => a.Descriptor)];
}
