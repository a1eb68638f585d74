using WorkflowOffice.Engine.Bpmn.Diff;

namespace WorkflowOffice.Host.Policies.Api;

/// <summary>The changes of one edition against another: element ids for colouring, and sentences for reading.</summary>
public sealed record DiffResponse(
    int Number,
    int Against,
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Removed,
    IReadOnlyList<string> Changed,
    IReadOnlyList<ChangeLineResponse> Lines)
{
    public static DiffResponse From(EditionDiff diff) => new(
        diff.Number,
        diff.Against,
        diff.Changes.Added,
        diff.Changes.Removed,
        diff.Changes.Changed,
        [.. diff.Changes.Lines.Select(l => new ChangeLineResponse(l.ElementId, Kind(l.Kind), l.English, l.Arabic))]);

    private static string Kind(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "added",
        ChangeKind.Removed => "removed",
        _ => "changed",
    };
}
