namespace WorkflowOffice.Engine.Bpmn;

/// <summary>One problem found in a BPMN file: the element concerned and a plain sentence.</summary>
/// <param name="ElementId">BPMN id of the element (or the nearest one, e.g. the process); empty when the file itself is unreadable.</param>
/// <param name="Message">A plain sentence, e.g. <c>bpmn:inclusiveGateway is not supported</c>.</param>
public sealed record ValidationProblem(string ElementId, string Message)
{
    /// <summary>"elementId: message", as the command-line validator prints it.</summary>
    public override string ToString() => ElementId.Length == 0 ? Message : $"{ElementId}: {Message}";
}
