using System.Globalization;

namespace WorkflowOffice.Engine.Bpmn.Diff;

/// <summary>ISO 8601 durations and timers in words: <c>P14D</c> → "14 days" / "14 يومًا".</summary>
internal static class DurationWords
{
    // Arabic counted nouns: 1 and 2 have their own forms, 3–10 take the plural, 11 and more the singular accusative.
    private static readonly (string One, string Two, string Few, string Many, string En)[] Units =
    [
        ("سنة واحدة", "سنتان", "سنوات", "سنة", "year"),
        ("شهر واحد", "شهران", "أشهر", "شهرًا", "month"),
        ("يوم واحد", "يومان", "أيام", "يومًا", "day"),
        ("ساعة واحدة", "ساعتان", "ساعات", "ساعة", "hour"),
        ("دقيقة واحدة", "دقيقتان", "دقائق", "دقيقة", "minute"),
        ("ثانية واحدة", "ثانيتان", "ثوانٍ", "ثانية", "second"),
    ];

    /// <summary>A duration in words, or the text as written when it is not a valid duration.</summary>
    public static (string En, string Ar) Duration(string? text)
    {
        if (text is null)
        {
            return ("(none)", "(لا شيء)");
        }

        if (!IsoDuration.TryParse(text, out var duration))
        {
            return (text, text);
        }

        var counts = new[]
        {
            duration.Years, duration.Months, duration.Days, (int)duration.Time.TotalHours, duration.Time.Minutes, duration.Time.Seconds,
        };
        var en = new List<string>();
        var ar = new List<string>();
        for (var i = 0; i < counts.Length; i++)
        {
            var n = counts[i];
            if (n == 0)
            {
                continue;
            }

            var unit = Units[i];
            en.Add(n.ToString(CultureInfo.InvariantCulture) + " " + unit.En + (n == 1 ? "" : "s"));
            ar.Add(n switch
            {
                1 => unit.One,
                2 => unit.Two,
                <= 10 => $"{n.ToString(CultureInfo.InvariantCulture)} {unit.Few}",
                _ => $"{n.ToString(CultureInfo.InvariantCulture)} {unit.Many}",
            });
        }

        return en.Count == 0 ? ("0 days", "0 يوم") : (string.Join(" and ", en), string.Join(" و", ar));
    }

    /// <summary>A timer property (<c>duration:P14D</c>, <c>date:…</c>, <c>cycle:R3/P1D</c>) in words.</summary>
    public static (string En, string Ar) Timer(string? value)
    {
        if (value is null)
        {
            return ("(none)", "(لا شيء)");
        }

        var colon = value.IndexOf(':', StringComparison.Ordinal);
        var kind = colon < 0 ? "" : value[..colon];
        var text = colon < 0 ? value : value[(colon + 1)..];
        switch (kind)
        {
            case "duration":
                return Duration(text);
            case "date":
                return ($"on {text}", $"في {text}");
            case "cycle" when TimerDefinition.TryParse(TimerKind.Cycle, text, out var cycle, out _):
                var period = Duration(text[(text.LastIndexOf('/') + 1)..]);
                return cycle.Repetitions < 0
                    ? ($"every {period.En}", $"كل {period.Ar}")
                    : ($"every {period.En}, {cycle.Repetitions.ToString(CultureInfo.InvariantCulture)} times", $"كل {period.Ar}، {cycle.Repetitions.ToString(CultureInfo.InvariantCulture)} مرات");
            default:
                return (text, text);
        }
    }
}
