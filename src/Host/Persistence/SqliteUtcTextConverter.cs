using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace WorkflowOffice.Host.Persistence;

/// <summary>
/// How a <see cref="DateTimeOffset"/> is stored on SQLite: as text, always in UTC, in the format EF Core's SQLite
/// provider writes (<c>yyyy-MM-dd HH:mm:ss.FFFFFFF+00:00</c>).
/// </summary>
/// <remarks>
/// SQLite has no date type. EF Core's default mapping keeps each value's own offset, so text order is not time order
/// and the provider refuses to translate <c>ORDER BY</c>, <c>&lt;</c> or <c>MAX</c> over such a column. With every
/// value in UTC and the fraction trimmed ('+' sorts below every digit), comparing the text compares the instants, and
/// the provider translates those operators on the text. PostgreSQL has <c>timestamptz</c> and does not use this.
/// </remarks>
public sealed class SqliteUtcTextConverter() : ValueConverter<DateTimeOffset, string>(
    value => Format(value),
    text => Parse(text))
{
    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy'-'MM'-'dd HH':'mm':'ss.FFFFFFF", CultureInfo.InvariantCulture) + "+00:00";

    public static DateTimeOffset Parse(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUniversalTime();
}
