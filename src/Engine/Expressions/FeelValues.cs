using System.Collections;
using System.Globalization;
using WorkflowOffice.Engine.Bpmn;

namespace WorkflowOffice.Engine.Expressions;

/// <summary>
/// FEEL value semantics for the subset: numbers compare as decimals whatever their CLR type, a string compared
/// with a date (or date-time, or duration) is read as one, mismatched types are never equal and never ordered.
/// </summary>
public static class FeelValues
{
    private static readonly string[] DateTimeFormats = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm"];

    /// <summary>FEEL equality (<c>null = null</c> is true; mismatched types are not equal).</summary>
    public static bool Equal(object? left, object? right)
    {
        if (left is null || right is null)
        {
            return left is null && right is null;
        }

        if (left is string ls && right is string rs)
        {
            return string.Equals(ls, rs, StringComparison.Ordinal);
        }

        if (left is bool lb && right is bool rb)
        {
            return lb == rb;
        }

        if (TryNumber(left, out var ln) && TryNumber(right, out var rn))
        {
            return ln == rn;
        }

        if (left is IList ll && right is IList rl)
        {
            if (ll.Count != rl.Count)
            {
                return false;
            }

            for (var i = 0; i < ll.Count; i++)
            {
                if (!Equal(ll[i], rl[i]))
                {
                    return false;
                }
            }

            return true;
        }

        return Compare(left, right) == 0;
    }

    /// <summary>Ordering, or <c>null</c> when the values cannot be ordered.</summary>
    public static int? Compare(object? left, object? right)
    {
        if (left is null || right is null)
        {
            return null;
        }

        if (TryNumber(left, out var ln) && TryNumber(right, out var rn))
        {
            return ln.CompareTo(rn);
        }

        if (left is string ls && right is string rs)
        {
            return string.CompareOrdinal(ls, rs);
        }

        if (left is DateOnly || right is DateOnly)
        {
            return AsDate(left) is { } ld && AsDate(right) is { } rd ? ld.CompareTo(rd) : null;
        }

        if (left is DateTimeOffset || right is DateTimeOffset)
        {
            return AsDateTime(left) is { } ldt && AsDateTime(right) is { } rdt ? ldt.CompareTo(rdt) : null;
        }

        if (left is TimeSpan || right is TimeSpan)
        {
            return AsDuration(left) is { } lt && AsDuration(right) is { } rt ? lt.CompareTo(rt) : null;
        }

        return null;
    }

    /// <summary><c>value in list</c>: true if any item equals the value; a non-list right side is compared for equality.</summary>
    public static object? In(object? value, object? list)
    {
        if (list is IList items)
        {
            foreach (var item in items)
            {
                if (Equal(value, item))
                {
                    return true;
                }
            }

            return false;
        }

        return list is null ? null : Equal(value, list);
    }

    /// <summary>Addition: numbers, string concatenation, date/date-time plus duration, duration plus duration.</summary>
    public static object? Add(object? left, object? right)
    {
        if (TryNumber(left, out var ln) && TryNumber(right, out var rn))
        {
            return Checked(() => ln + rn);
        }

        return (left, right) switch
        {
            (string a, string b) => a + b,
            (DateOnly d, _) when AsDuration(right) is { } t => d.AddDays((int)t.TotalDays),
            (DateTimeOffset d, _) when AsDuration(right) is { } t => d + t,
            (TimeSpan a, _) when AsDuration(right) is { } b => a + b,
            _ => null,
        };
    }

    /// <summary>Subtraction: numbers, date/date-time minus duration, difference of two dates or date-times (a duration).</summary>
    public static object? Subtract(object? left, object? right)
    {
        if (TryNumber(left, out var ln) && TryNumber(right, out var rn))
        {
            return Checked(() => ln - rn);
        }

        return (left, right) switch
        {
            (DateOnly d, TimeSpan t) => d.AddDays(-(int)t.TotalDays),
            (DateOnly a, _) when AsDate(right) is { } b => TimeSpan.FromDays(a.DayNumber - b.DayNumber),
            (DateTimeOffset d, TimeSpan t) => d - t,
            (DateTimeOffset a, _) when AsDateTime(right) is { } b => a - b,
            (TimeSpan a, TimeSpan b) => a - b,
            _ => null,
        };
    }

    /// <summary>Multiplication of numbers (and of a duration by a number).</summary>
    public static object? Multiply(object? left, object? right)
    {
        if (TryNumber(left, out var ln) && TryNumber(right, out var rn))
        {
            return Checked(() => ln * rn);
        }

        return left is TimeSpan t && TryNumber(right, out var factor) ? Checked(() => t * (double)factor) : null;
    }

    /// <summary>Division of numbers; division by zero is <c>null</c>.</summary>
    public static object? Divide(object? left, object? right) =>
        TryNumber(left, out var ln) && TryNumber(right, out var rn) && rn != 0 ? Checked(() => ln / rn) : null;

    /// <summary>Follows a path <c>a.b.c</c> through nested maps; <c>null</c> if any step is missing.</summary>
    public static object? Navigate(IReadOnlyDictionary<string, object?> variables, string[] path)
    {
        if (!variables.TryGetValue(path[0], out var current))
        {
            return null;
        }

        for (var i = 1; i < path.Length && current is not null; i++)
        {
            current = current switch
            {
                IReadOnlyDictionary<string, object?> map => map.TryGetValue(path[i], out var v) ? v : null,
                IDictionary<string, object?> map => map.TryGetValue(path[i], out var v) ? v : null,
                _ => null,
            };
        }

        return current;
    }

    /// <summary>Reads <c>yyyy-MM-dd</c>, or <c>null</c>.</summary>
    public static object? ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>Reads an ISO 8601 date-time (without offset it is UTC), or <c>null</c>.</summary>
    public static object? ParseDateTime(string text) =>
        DateTimeOffset.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null;

    /// <summary>Reads an ISO 8601 day-time duration such as <c>P14D</c> or <c>PT2H30M</c>, or <c>null</c>.</summary>
    public static object? ParseDuration(string text) =>
        IsoDuration.TryParse(text, out var duration) && duration.Years == 0 && duration.Months == 0 ? duration.ToTimeSpan() : null;

    /// <summary>Converts any CLR number to decimal.</summary>
    public static bool TryNumber(object? value, out decimal number)
    {
        switch (value)
        {
            case decimal d:
                number = d;
                return true;
            case int i:
                number = i;
                return true;
            case long l:
                number = l;
                return true;
            case double db when double.IsFinite(db) && Math.Abs(db) < 7.9e28:
                number = (decimal)db;
                return true;
            case float f when float.IsFinite(f) && Math.Abs(f) < 7.9e28f:
                number = (decimal)f;
                return true;
            case short s:
                number = s;
                return true;
            case byte b:
                number = b;
                return true;
            default:
                number = 0;
                return false;
        }
    }

    private static DateOnly? AsDate(object? value) => value switch
    {
        DateOnly d => d,
        DateTimeOffset dt => DateOnly.FromDateTime(dt.UtcDateTime),
        string s => ParseDate(s) as DateOnly? ?? (ParseDateTime(s) is DateTimeOffset dt ? DateOnly.FromDateTime(dt.UtcDateTime) : null),
        _ => null,
    };

    private static DateTimeOffset? AsDateTime(object? value) => value switch
    {
        DateTimeOffset d => d,
        DateOnly d => new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        string s => ParseDateTime(s) as DateTimeOffset? ?? (ParseDate(s) is DateOnly d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null),
        _ => null,
    };

    private static TimeSpan? AsDuration(object? value) => value switch
    {
        TimeSpan t => t,
        string s => ParseDuration(s) as TimeSpan?,
        _ => null,
    };

    private static object? Checked(Func<object> compute)
    {
        try
        {
            return compute();
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
