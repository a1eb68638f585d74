using WorkflowOffice.Engine.Runtime;

namespace WorkflowOffice.Host.Workflows.Persistence;

/// <summary>The open timers and subscriptions of one committed version of an instance.</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="Version">The committed version these waits belong to.</param>
/// <param name="Timers">Open timer and incident-retry rows.</param>
/// <param name="Subscriptions">Open message subscription rows.</param>
internal sealed record OpenWaits(Guid InstanceId, long Version, Guid[] Timers, Guid[] Subscriptions)
{
    public static OpenWaits Of(InstanceState state)
    {
        List<Guid>? timers = null;
        List<Guid>? subscriptions = null;
        foreach (var wait in state.Waits)
        {
            switch (wait.Kind)
            {
                case WaitKind.Timer or WaitKind.IncidentRetry:
                    (timers ??= []).Add(wait.Id);
                    break;
                case WaitKind.Message:
                    (subscriptions ??= []).Add(wait.Id);
                    break;
                default:
                    break;
            }
        }

        return new OpenWaits(state.InstanceId, state.Version, timers?.ToArray() ?? [], subscriptions?.ToArray() ?? []);
    }
}
