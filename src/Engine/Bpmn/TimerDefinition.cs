using System.Globalization;

namespace WorkflowOffice.Engine.Bpmn;

/// <summary>A parsed timer: when its first occurrence is due and whether it repeats.</summary>
public sealed class TimerDefinition
{
    private TimerDefinition(TimerKind kind, string text, IsoDuration interval, DateTimeOffset? at, int repetitions)
    {
        Kind = kind;
        Text = text;
        Interval = interval;
        At = at;
        Repetitions = repetitions;
    }

    /// <summary>Duration, date or cycle.</summary>
    public TimerKind Kind { get; }

    /// <summary>The ISO 8601 text as written.</summary>
    public string Text { get; }

    /// <summary>The delay (duration) or the period (cycle).</summary>
    public IsoDuration Interval { get; }

    /// <summary>The fixed moment (date) or a cycle's start.</summary>
    public DateTimeOffset? At { get; }

    /// <summary>How many times a cycle fires; -1 for unbounded (<c>R/…</c>); 1 for duration and date.</summary>
    public int Repetitions { get; }

    /// <summary>Reads the ISO 8601 text of a timer; on failure returns false and a plain sentence.</summary>
    public static bool TryParse(TimerKind kind, string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TimerDefinition? timer, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        timer = null;
        text = text?.Trim() ?? "";
        switch (kind)
        {
            case TimerKind.Duration:
                if (IsoDuration.TryParse(text, out var duration))
                {
                    timer = new(kind, text, duration, null, 1);
                    error = null;
                    return true;
                }

                error = $"'{text}' is not an ISO 8601 duration (e.g. P14D, PT2H)";
                return false;
            case TimerKind.Date:
                if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at) && text.Contains('T', StringComparison.Ordinal))
                {
                    timer = new(kind, text, default, at, 1);
                    error = null;
                    return true;
                }

                error = $"'{text}' is not an ISO 8601 date-time (e.g. 2026-03-01T09:00:00Z)";
                return false;
            default:
                return TryParseCycle(text, out timer, out error);
        }
    }

    /// <summary>When occurrence number <paramref name="occurrence"/> (from 0) is due, for a wait opened at <paramref name="openedAt"/>.</summary>
    public DateTimeOffset DueAt(DateTimeOffset openedAt, int occurrence = 0)
    {
        if (Kind == TimerKind.Date)
        {
            return At!.Value;
        }

        var due = At ?? openedAt;
        if (Kind == TimerKind.Cycle && At is not null && occurrence == 0)
        {
            return due;
        }

        var steps = Kind == TimerKind.Cycle && At is not null ? occurrence : occurrence + 1;
        for (var i = 0; i < steps; i++)
        {
            due = Interval.AddTo(due);
        }

        return due;
    }

    /// <summary>True when occurrence number <paramref name="occurrence"/> (from 0) exists.</summary>
    public bool HasOccurrence(int occurrence) => Repetitions < 0 || occurrence < Repetitions;

    private static bool TryParseCycle(string text, out TimerDefinition? timer, out string? error)
    {
        timer = null;
        error = $"'{text}' is not an ISO 8601 repeating interval (e.g. R3/P1D)";
        var parts = text.Split('/');
        if (parts.Length is < 2 or > 3 || parts[0].Length == 0 || parts[0][0] != 'R')
        {
            return false;
        }

        var repetitions = -1;
        if (parts[0].Length > 1 && (!int.TryParse(parts[0].AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out repetitions) || repetitions < 1))
        {
            return false;
        }

        DateTimeOffset? start = null;
        if (parts.Length == 3)
        {
            if (!DateTimeOffset.TryParse(parts[1], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var s))
            {
                return false;
            }

            start = s;
        }

        if (!IsoDuration.TryParse(parts[^1], out var interval) || interval.AddTo(DateTimeOffset.UnixEpoch) == DateTimeOffset.UnixEpoch)
        {
            return false;
        }

        timer = new(TimerKind.Cycle, text, interval, start, repetitions);
        error = null;
        return true;
    }
}
