namespace WorkflowOffice.Engine.Bpmn.Diff;

/// <summary>What changed between two procedures: elements by id, and the same as sentences for the board.</summary>
/// <param name="Elements">Every added, removed or changed element, in document order (removed ones last).</param>
/// <param name="Lines">The changes in plain words, one or more per element.</param>
public sealed record ProcedureChanges(IReadOnlyList<ElementChange> Elements, IReadOnlyList<ChangeLine> Lines)
{
    /// <summary>Ids of the elements only in the proposed procedure.</summary>
    public IReadOnlyList<string> Added => Ids(ChangeKind.Added);

    /// <summary>Ids of the elements only in the published procedure.</summary>
    public IReadOnlyList<string> Removed => Ids(ChangeKind.Removed);

    /// <summary>Ids of the elements in both whose properties differ.</summary>
    public IReadOnlyList<string> Changed => Ids(ChangeKind.Changed);

    /// <summary>True when the two procedures are the same for the engine (layout-only changes do not count).</summary>
    public bool IsEmpty => Elements.Count == 0;

    private string[] Ids(ChangeKind kind) => [.. Elements.Where(e => e.Kind == kind).Select(e => e.ElementId)];
}
