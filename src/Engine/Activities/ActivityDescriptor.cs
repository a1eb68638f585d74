namespace WorkflowOffice.Engine.Activities;

/// <summary>What a custom activity is: its name in BPMN (<c>wo:activity="name"</c>), inputs, outputs and outcomes.</summary>
/// <param name="Name">Name used in <c>wo:activity</c>.</param>
/// <param name="Description">What it does, in one sentence.</param>
/// <param name="Inputs">Inputs it reads.</param>
/// <param name="Outputs">Outputs it produces.</param>
/// <param name="Outcomes">Named outcomes it may complete with (empty when it has none).</param>
public sealed record ActivityDescriptor(
    string Name,
    string Description,
    IReadOnlyList<ActivityInputDescriptor> Inputs,
    IReadOnlyList<ActivityOutputDescriptor> Outputs,
    IReadOnlyList<string> Outcomes);
