using WorkflowOffice.Engine.Activities;

namespace WorkflowOffice.Testing;

/// <summary>Custom activities the conformance models use.</summary>
public static class TestActivities
{
    /// <summary>A registry with <c>echo</c>, <c>flaky</c>, <c>notify</c> and <c>callback</c>.</summary>
    public static ActivityRegistry Create() => new ActivityRegistry()
        .Register(new Echo())
        .Register(new Flaky())
        .Register(new Notify())
        .Register(new Callback());

    /// <summary>Completes with outcome <c>done</c> and outputs <c>echoed</c> = the input <c>value</c>.</summary>
    public sealed class Echo : ICustomActivity
    {
        /// <inheritdoc />
        public ActivityDescriptor Descriptor { get; } = new("echo", "Echoes its input.", [new("value", ActivityValueType.Any, Required: true)], [new("echoed", ActivityValueType.Any)], ["done"]);

        /// <inheritdoc />
        public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
            ValueTask.FromResult(ActivityResult.Complete("done", new Dictionary<string, object?> { ["echoed"] = context.Inputs["value"] }));
    }

    /// <summary>Throws while the attempt number is at most the input <c>failTimes</c>.</summary>
    public sealed class Flaky : ICustomActivity
    {
        /// <inheritdoc />
        public ActivityDescriptor Descriptor { get; } = new("flaky", "Fails a given number of times.", [new("failTimes", ActivityValueType.Number, Required: true)], [], []);

        /// <inheritdoc />
        public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
        {
            var failTimes = context.GetInput<decimal>("failTimes");
            return context.Attempt <= failTimes
                ? throw new InvalidOperationException($"Simulated failure on attempt {context.Attempt}.")
                : ValueTask.FromResult(ActivityResult.Complete(outputs: new Dictionary<string, object?> { ["attempts"] = context.Attempt }));
        }
    }

    /// <summary>Requests a notification for the event in <c>wo:event</c>.</summary>
    public sealed class Notify : ICustomActivity
    {
        /// <inheritdoc />
        public ActivityDescriptor Descriptor { get; } = new("notify", "Requests a notification.", [new("event", ActivityValueType.String, Required: true)], [], []);

        /// <inheritdoc />
        public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
        {
            context.RequestNotification((string)context.Inputs["event"]!, context.BusinessKey, new Dictionary<string, object?> { ["case"] = context.BusinessKey });
            return ValueTask.FromResult(ActivityResult.Complete());
        }
    }

    /// <summary>Waits for the message <c>callback</c> correlated by the business key.</summary>
    public sealed class Callback : ICustomActivity
    {
        /// <inheritdoc />
        public ActivityDescriptor Descriptor { get; } = new("callback", "Waits for an external callback.", [], [new("answer", ActivityValueType.Any)], []);

        /// <inheritdoc />
        public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
            ValueTask.FromResult(ActivityResult.Wait("callback", context.BusinessKey));
    }
}
