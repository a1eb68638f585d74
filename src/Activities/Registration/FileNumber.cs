using System.Globalization;
using WorkflowOffice.Activities.Text;

namespace WorkflowOffice.Activities.Registration;

/// <summary>
/// A beneficiary file number, <c>{CODE}-{YEAR}-{000123}</c> (e.g. <c>BTR-2026-000123</c>), given when registration is
/// completed (STEP-6). The sequence restarts at 1 each year, since the year is part of the number. Uniqueness per
/// association is enforced by the database; this type only formats, parses and proposes the next number.
/// </summary>
public sealed record FileNumber
{
    private const int MinimumSequenceDigits = 6;

    /// <summary>Creates a file number.</summary>
    /// <param name="associationCode">The association's code: 2 to 10 upper-case Latin letters, e.g. <c>BTR</c>.</param>
    /// <param name="year">The Gregorian registration year (2000–9999).</param>
    /// <param name="sequence">The number within the association and year, from 1.</param>
    /// <exception cref="ArgumentException">A part is out of range.</exception>
    public FileNumber(string associationCode, int year, int sequence)
    {
        if (!IsValidCode(associationCode))
        {
            throw new ArgumentException("The association code must be 2 to 10 upper-case Latin letters.", nameof(associationCode));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        AssociationCode = associationCode;
        Year = year;
        Sequence = sequence;
    }

    /// <summary>The association's code, e.g. <c>BTR</c>.</summary>
    public string AssociationCode { get; }

    /// <summary>The registration year.</summary>
    public int Year { get; }

    /// <summary>The number within the association and year.</summary>
    public int Sequence { get; }

    /// <summary>
    /// The number that follows <paramref name="last"/> for a registration in <paramref name="year"/>: the next
    /// sequence in the same year, or 1 in a new year or for an association's first file.
    /// </summary>
    /// <param name="last">The association's highest file number so far, or <see langword="null"/>.</param>
    /// <param name="associationCode">The association's code.</param>
    /// <param name="year">The year of the registration being completed (from the injected clock, not the wall clock).</param>
    /// <exception cref="ArgumentException"><paramref name="last"/> belongs to another association or a later year.</exception>
    public static FileNumber Next(FileNumber? last, string associationCode, int year)
    {
        if (last is not null && !string.Equals(last.AssociationCode, associationCode, StringComparison.Ordinal))
        {
            throw new ArgumentException("The last file number belongs to another association.", nameof(last));
        }

        if (last is null || last.Year < year)
        {
            return new FileNumber(associationCode, year, 1);
        }

        if (last.Year > year)
        {
            throw new ArgumentException("The last file number is from a later year than the registration.", nameof(last));
        }

        return new FileNumber(associationCode, year, checked(last.Sequence + 1));
    }

    /// <summary>Parses a file number as typed (case and Arabic-Indic digits tolerated, surrounding spaces ignored).</summary>
    /// <returns>The file number, or a field-level error (field <c>fileNumber</c>) in Arabic and English.</returns>
    public static ParseResult<FileNumber> TryParse(string? input)
    {
        var text = ArabicDigits.Normalize(input).Trim().ToUpperInvariant();
        var parts = text.Split('-');
        if (parts.Length == 3
            && IsValidCode(parts[0])
            && parts[1].Length == 4 && parts[1].All(char.IsAsciiDigit)
            && parts[2].Length >= MinimumSequenceDigits && parts[2].All(char.IsAsciiDigit)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 2000
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) && sequence >= 1)
        {
            return new ParseResult<FileNumber>(new FileNumber(parts[0], year, sequence), null);
        }

        return new ParseResult<FileNumber>(null, new FieldError("fileNumber", "format", new BilingualText(
            "رقم الملف غير صحيح؛ الصيغة: رمز الجمعية-السنة-الرقم، مثل BTR-2026-000123.",
            "The file number is not valid; the format is CODE-YEAR-NUMBER, e.g. BTR-2026-000123.")));
    }

    /// <summary>Parses a stored file number.</summary>
    /// <exception cref="FormatException">The text is not a file number.</exception>
    public static FileNumber Parse(string input)
    {
        var result = TryParse(input);
        return result.IsValid ? result.Value : throw new FormatException(result.Error.Message.ToString());
    }

    /// <summary>The formatted number, e.g. <c>BTR-2026-000123</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{AssociationCode}-{Year:D4}-{Sequence.ToString("D" + MinimumSequenceDigits, CultureInfo.InvariantCulture)}");

    private static bool IsValidCode(string? code) =>
        code is { Length: >= 2 and <= 10 } && code.All(char.IsAsciiLetterUpper);
}
