namespace WorkflowOffice.Engine.Bpmn.Diff;

/// <summary>One change in plain words, in English and Arabic, e.g. "Research committee deadline: 14 days → 10 days".</summary>
/// <param name="ElementId">The element the change is about.</param>
/// <param name="Kind">Added, removed or changed.</param>
/// <param name="English">The sentence in English.</param>
/// <param name="Arabic">The sentence in Arabic (arrows point right to left: old ← new).</param>
public sealed record ChangeLine(string ElementId, ChangeKind Kind, string English, string Arabic)
{
    /// <summary>The sentence in <paramref name="language"/> (<c>ar</c> or anything else for English).</summary>
    public string In(string language) => language == "ar" ? Arabic : English;
}
