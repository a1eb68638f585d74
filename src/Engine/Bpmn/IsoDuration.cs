using System.Globalization;
using System.Text.RegularExpressions;

namespace WorkflowOffice.Engine.Bpmn;

/// <summary>An ISO 8601 duration such as <c>P14D</c>, <c>PT2H</c>, <c>P1M</c> (months and years added on the calendar).</summary>
/// <param name="Years">Years.</param>
/// <param name="Months">Months.</param>
/// <param name="Days">Days (weeks are 7 days).</param>
/// <param name="Time">Hours, minutes and seconds.</param>
public readonly partial record struct IsoDuration(int Years, int Months, int Days, TimeSpan Time)
{
    /// <summary>Reads an ISO 8601 duration; false when it is not one or is empty (<c>P</c>, <c>PT</c>).</summary>
    public static bool TryParse(string? text, out IsoDuration duration)
    {
        duration = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var match = Pattern().Match(text.Trim());
        if (!match.Success || (match.Groups["t"].Success && !match.Groups["h"].Success && !match.Groups["mi"].Success && !match.Groups["s"].Success))
        {
            return false;
        }

        if (!match.Groups.Cast<Group>().Skip(1).Any(g => g.Success && g.Name != "t"))
        {
            return false;
        }

        try
        {
            var years = Int(match, "y");
            var months = Int(match, "mo");
            var days = checked((Int(match, "w") * 7) + Int(match, "d"));
            var seconds = match.Groups["s"].Success ? double.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
            var time = TimeSpan.FromHours(Int(match, "h")) + TimeSpan.FromMinutes(Int(match, "mi")) + TimeSpan.FromSeconds(seconds);
            duration = new IsoDuration(years, months, days, time);
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>The moment this duration after <paramref name="start"/>.</summary>
    public DateTimeOffset AddTo(DateTimeOffset start) => start.AddYears(Years).AddMonths(Months).AddDays(Days).Add(Time);

    /// <summary>Days and time as a <see cref="TimeSpan"/> (years and months ignored; check them first).</summary>
    public TimeSpan ToTimeSpan() => TimeSpan.FromDays(Days) + Time;

    private static int Int(Match match, string group) =>
        match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"^P(?:(?<y>\d+)Y)?(?:(?<mo>\d+)M)?(?:(?<w>\d+)W)?(?:(?<d>\d+)D)?(?<t>T(?:(?<h>\d+)H)?(?:(?<mi>\d+)M)?(?:(?<s>\d+(?:\.\d+)?)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
