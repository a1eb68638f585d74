using WorkflowOffice.Engine.Bpmn.Diff;

namespace WorkflowOffice.Host.Policies;

/// <summary>The changes of edition <see cref="Number"/> against edition <see cref="Against"/>, with both procedures.</summary>
public sealed record EditionDiff(int Number, int Against, string OldXml, string NewXml, ProcedureChanges Changes);
