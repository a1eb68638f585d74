namespace WorkflowOffice.Engine.Activities;

/// <summary>An input an activity reads: a <c>wo:input name="…"</c> FEEL expression or a <c>wo:…</c> attribute of the same name.</summary>
/// <param name="Name">Input name.</param>
/// <param name="Type">Expected type.</param>
/// <param name="Required">A model that omits a required input fails validation.</param>
/// <param name="Description">What it means, for the designer's properties panel.</param>
public sealed record ActivityInputDescriptor(string Name, ActivityValueType Type, bool Required = false, string Description = "");
