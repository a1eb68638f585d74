namespace WorkflowOffice.Engine.Activities;

/// <summary>An output an activity produces (merged into the variables unless the element maps outputs with <c>wo:output</c>).</summary>
/// <param name="Name">Output name.</param>
/// <param name="Type">Its type.</param>
/// <param name="Description">What it means.</param>
public sealed record ActivityOutputDescriptor(string Name, ActivityValueType Type, string Description = "");
