namespace WorkflowOffice.Activities.Text;

/// <summary>
/// A message in the two languages the association works in: Arabic (authoritative, shown by default, right-to-left)
/// and English. Serves GOAL-3 (answers suited to the beneficiary) and GOAL-6 (respectful, clear wording).
/// </summary>
/// <param name="Ar">The Arabic text.</param>
/// <param name="En">The English text.</param>
public sealed record BilingualText(string Ar, string En)
{
    /// <summary>Returns the text for a language code (<c>ar</c> or <c>en</c>); anything else gives Arabic, the default language.</summary>
    public string For(string? language) =>
        string.Equals(language, "en", StringComparison.OrdinalIgnoreCase) ? En : Ar;

    /// <summary>Returns "Arabic / English" so one string carries both, e.g. in an exception message.</summary>
    public override string ToString() => $"{Ar} / {En}";
}
