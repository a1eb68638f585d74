using WorkflowOffice.Activities.Text;

namespace WorkflowOffice.Host.Api;

/// <summary>
/// The rule every free-text input follows: no control characters (NUL and the like, which PostgreSQL cannot store
/// and no person types) other than tab and line breaks, and no unpaired surrogate halves.
/// </summary>
public static class InputText
{
    public static BilingualText ControlCharactersMessage { get; } =
        new("النص يحتوي على رموز تحكم غير مقبولة.", "The text contains control characters that are not accepted.");

    public static bool HasControlCharacters(string? text)
    {
        if (text is null)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            {
                return true;
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return true;
                }

                i++;
            }
            else if (char.IsLowSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }
}
