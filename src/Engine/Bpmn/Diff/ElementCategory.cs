namespace WorkflowOffice.Engine.Bpmn.Diff;

/// <summary>The word the change list uses for an element.</summary>
internal enum ElementCategory
{
    Other = 0,
    Step = 1,
    Event = 2,
    Gateway = 3,
    Flow = 4,
}
