using System.Text;
using WorkflowOffice.Activities.Text;

namespace WorkflowOffice.Activities.Identifiers;

/// <summary>Removes what people type between digits (spaces, dashes, bidi marks) and normalises Arabic digits.</summary>
internal static class InputCleaner
{
    public static string Clean(string? input, bool removeDashes)
    {
        var normalized = ArabicDigits.Normalize(input);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            // Bidi marks (LRM, RLM, ALM) slip in when numbers are copied from right-to-left text.
            if (char.IsWhiteSpace(c) || c is '\u200E' or '\u200F' or '\u061C' || (removeDashes && c is '-' or '\u2010' or '\u2011' or '\u2013'))
            {
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    public static bool AllAsciiDigits(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);
}
