namespace WorkflowOffice.Engine.Bpmn.Diff;

/// <summary>How an element differs between the published and the proposed procedure.</summary>
public enum ChangeKind
{
    /// <summary>Only in the proposed procedure.</summary>
    Added = 0,

    /// <summary>Only in the published procedure.</summary>
    Removed = 1,

    /// <summary>In both, with at least one property that differs.</summary>
    Changed = 2,
}
