using System.Globalization;

namespace WorkflowOffice.Engine.Expressions;

/// <summary>
/// Hand-written recursive-descent parser for the FEEL subset; it compiles while it parses, so each node becomes a
/// delegate that closes over its children (no tree walk, no reflection at evaluation time).
/// Grammar: or := and ("or" and)*; and := cmp ("and" cmp)*; cmp := add ((= != &lt; &lt;= &gt; &gt;=) add | "in" add)?;
/// add := mul ((+|-) mul)*; mul := unary ((*|/) unary)*; unary := "-" unary | primary;
/// primary := number | string | true | false | null | path | "(" or ")" | "[" list "]" | function "(" args ")".
/// </summary>
internal sealed class FeelParser(string source)
{
    private static readonly object True = true;
    private static readonly object False = false;

    /// <summary>Longest expression accepted: a condition is a line, not a program (also bounds the evaluator's depth).</summary>
    public const int MaxLength = 2000;

    /// <summary>Deepest nesting of parentheses, lists and calls: the parser recurses, so input must not choose its depth.</summary>
    public const int MaxDepth = 32;

    private readonly string _source = source;
    private int _pos;
    private int _depth;

    public Func<FeelScope, object?> ParseAll()
    {
        if (string.IsNullOrWhiteSpace(_source))
        {
            throw new FeelSyntaxException("the expression is empty");
        }

        if (_source.Length > MaxLength)
        {
            throw new FeelSyntaxException($"the expression is longer than {MaxLength} characters");
        }

        var result = ParseOr();
        SkipSpace();
        if (_pos < _source.Length)
        {
            throw Error($"unexpected '{_source[_pos]}'");
        }

        return result;
    }

    private FeelSyntaxException Error(string what) => new($"{what} at position {_pos + 1} of \"{_source}\"");

    private Func<FeelScope, object?> ParseOr()
    {
        if (++_depth > MaxDepth)
        {
            throw Error($"the expression is nested more than {MaxDepth} levels deep");
        }

        try
        {
            return ParseOrAtDepth();
        }
        finally
        {
            _depth--;
        }
    }

    private Func<FeelScope, object?> ParseOrAtDepth()
    {
        var left = ParseAnd();
        while (TryKeyword("or"))
        {
            var l = left;
            var r = ParseAnd();
            left = s =>
            {
                var a = l(s);
                if (a is true)
                {
                    return True;
                }

                var b = r(s);
                return b is true ? True : a is false && b is false ? False : null;
            };
        }

        return left;
    }

    private Func<FeelScope, object?> ParseAnd()
    {
        var left = ParseComparison();
        while (TryKeyword("and"))
        {
            var l = left;
            var r = ParseComparison();
            left = s =>
            {
                var a = l(s);
                if (a is false)
                {
                    return False;
                }

                var b = r(s);
                return b is false ? False : a is true && b is true ? True : null;
            };
        }

        return left;
    }

    private Func<FeelScope, object?> ParseComparison()
    {
        var left = ParseAdditive();
        SkipSpace();
        if (TryKeyword("in"))
        {
            var list = ParseAdditive();
            return s => FeelValues.In(left(s), list(s));
        }

        string? op = null;
        foreach (var candidate in (ReadOnlySpan<string>)["!=", "<=", ">=", "=", "<", ">"])
        {
            if (string.CompareOrdinal(_source, _pos, candidate, 0, candidate.Length) == 0)
            {
                op = candidate;
                _pos += candidate.Length;
                break;
            }
        }

        if (op is null)
        {
            return left;
        }

        var right = ParseAdditive();
        return op switch
        {
            "=" => s => FeelValues.Equal(left(s), right(s)) ? True : False,
            "!=" => s => FeelValues.Equal(left(s), right(s)) ? False : True,
            "<" => s => FeelValues.Compare(left(s), right(s)) is { } c ? (c < 0 ? True : False) : null,
            "<=" => s => FeelValues.Compare(left(s), right(s)) is { } c ? (c <= 0 ? True : False) : null,
            ">" => s => FeelValues.Compare(left(s), right(s)) is { } c ? (c > 0 ? True : False) : null,
            _ => s => FeelValues.Compare(left(s), right(s)) is { } c ? (c >= 0 ? True : False) : null,
        };
    }

    private Func<FeelScope, object?> ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (true)
        {
            SkipSpace();
            if (Peek('+'))
            {
                _pos++;
                var l = left;
                var r = ParseMultiplicative();
                left = s => FeelValues.Add(l(s), r(s));
            }
            else if (Peek('-'))
            {
                _pos++;
                var l = left;
                var r = ParseMultiplicative();
                left = s => FeelValues.Subtract(l(s), r(s));
            }
            else
            {
                return left;
            }
        }
    }

    private Func<FeelScope, object?> ParseMultiplicative()
    {
        var left = ParseUnary();
        while (true)
        {
            SkipSpace();
            if (Peek('*'))
            {
                _pos++;
                var l = left;
                var r = ParseUnary();
                left = s => FeelValues.Multiply(l(s), r(s));
            }
            else if (Peek('/'))
            {
                _pos++;
                var l = left;
                var r = ParseUnary();
                left = s => FeelValues.Divide(l(s), r(s));
            }
            else
            {
                return left;
            }
        }
    }

    private Func<FeelScope, object?> ParseUnary()
    {
        // A run of minus signs is counted, not recursed into.
        var negations = 0;
        SkipSpace();
        while (Peek('-'))
        {
            _pos++;
            negations++;
            SkipSpace();
        }

        var operand = ParsePrimary();
        return negations % 2 == 0
            ? (negations == 0 ? operand : s => FeelValues.Subtract(0m, FeelValues.Subtract(0m, operand(s))))
            : s => FeelValues.Subtract(0m, operand(s));
    }

    private Func<FeelScope, object?> ParsePrimary()
    {
        SkipSpace();
        if (_pos >= _source.Length)
        {
            throw Error("an operand is missing");
        }

        var c = _source[_pos];
        if (char.IsAsciiDigit(c) || (c == '.' && _pos + 1 < _source.Length && char.IsAsciiDigit(_source[_pos + 1])))
        {
            var value = ReadNumber();
            return _ => value;
        }

        if (c == '"')
        {
            var text = ReadString();
            return _ => text;
        }

        if (c == '(')
        {
            _pos++;
            var inner = ParseOr();
            Expect(')');
            return inner;
        }

        if (c == '[')
        {
            _pos++;
            var items = new List<Func<FeelScope, object?>>();
            SkipSpace();
            if (!Peek(']'))
            {
                do
                {
                    items.Add(ParseOr());
                    SkipSpace();
                }
                while (TryChar(','));
            }

            Expect(']');
            var array = items.ToArray();
            return s =>
            {
                var list = new List<object?>(array.Length);
                foreach (var item in array)
                {
                    list.Add(item(s));
                }

                return list;
            };
        }

        if (IsNameStart(c))
        {
            return ParseNameOrCall();
        }

        throw Error($"unexpected '{c}'");
    }

    private Func<FeelScope, object?> ParseNameOrCall()
    {
        var start = _pos;
        var name = ReadName();
        switch (name)
        {
            case "true":
                return _ => True;
            case "false":
                return _ => False;
            case "null":
                return _ => null;
            case "not":
                {
                    var args = ParseArguments(name, 1);
                    return s => args[0](s) switch { true => False, false => True, _ => null };
                }

            case "date":
                {
                    var save = _pos;
                    if (TryKeyword("and") && TryKeyword("time"))
                    {
                        return ParseConversion("date and time", FeelValues.ParseDateTime);
                    }

                    _pos = save;
                    return ParseConversion("date", FeelValues.ParseDate);
                }

            case "duration":
                return ParseConversion("duration", FeelValues.ParseDuration);
            case "now":
                ParseArguments(name, 0);
                return s => s.Clock.GetUtcNow();
            case "today":
                ParseArguments(name, 0);
                return s => DateOnly.FromDateTime(s.Clock.GetUtcNow().UtcDateTime);
            default:
                break;
        }

        SkipSpace();
        if (Peek('('))
        {
            _pos = start;
            throw Error($"unknown function '{name}'");
        }

        var path = new List<string> { name };
        while (TryChar('.'))
        {
            SkipSpace();
            if (_pos >= _source.Length || !IsNameStart(_source[_pos]))
            {
                throw Error("a name is expected after '.'");
            }

            path.Add(ReadName());
        }

        if (path.Count == 1)
        {
            return s => s.Variables.TryGetValue(name, out var v) ? v : null;
        }

        var segments = path.ToArray();
        return s => FeelValues.Navigate(s.Variables, segments);
    }

    private Func<FeelScope, object?> ParseConversion(string function, Func<string, object?> convert)
    {
        var args = ParseArguments(function, 1);
        var arg = args[0];

        // A literal argument is converted (and checked) once, at load time.
        var literal = TryConstant(arg);
        if (literal is string text)
        {
            var value = convert(text) ?? throw Error($"\"{text}\" is not a valid {function}");
            return _ => value;
        }

        return s => arg(s) is string t ? convert(t) : null;
    }

    private static object? TryConstant(Func<FeelScope, object?> node)
    {
        try
        {
            return node(new FeelScope(new Dictionary<string, object?>(), TimeProvider.System));
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private Func<FeelScope, object?>[] ParseArguments(string function, int count)
    {
        SkipSpace();
        if (!TryChar('('))
        {
            throw Error($"'(' is expected after {function}");
        }

        var args = new List<Func<FeelScope, object?>>();
        SkipSpace();
        if (!Peek(')'))
        {
            do
            {
                args.Add(ParseOr());
                SkipSpace();
            }
            while (TryChar(','));
        }

        Expect(')');
        if (args.Count != count)
        {
            throw Error($"{function} takes {count} argument(s), not {args.Count}");
        }

        return [.. args];
    }

    private decimal ReadNumber()
    {
        var start = _pos;
        while (_pos < _source.Length && (char.IsAsciiDigit(_source[_pos]) || _source[_pos] == '.'))
        {
            _pos++;
        }

        var text = _source.AsSpan(start, _pos - start);
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            _pos = start;
            throw Error($"'{text}' is not a number");
        }

        return value;
    }

    private string ReadString()
    {
        var start = _pos;
        _pos++;
        var builder = new System.Text.StringBuilder();
        while (_pos < _source.Length)
        {
            var c = _source[_pos++];
            if (c == '"')
            {
                return builder.ToString();
            }

            if (c == '\\' && _pos < _source.Length)
            {
                var escaped = _source[_pos++];
                builder.Append(escaped switch { 'n' => '\n', 't' => '\t', _ => escaped });
            }
            else
            {
                builder.Append(c);
            }
        }

        _pos = start;
        throw Error("a string is not closed");
    }

    private string ReadName()
    {
        var start = _pos;
        while (_pos < _source.Length && (char.IsLetterOrDigit(_source[_pos]) || _source[_pos] == '_'))
        {
            _pos++;
        }

        return _source[start.._pos];
    }

    private static bool IsNameStart(char c) => char.IsLetter(c) || c == '_';

    private bool TryKeyword(string keyword)
    {
        SkipSpace();
        if (string.CompareOrdinal(_source, _pos, keyword, 0, keyword.Length) != 0)
        {
            return false;
        }

        var end = _pos + keyword.Length;
        if (end < _source.Length && (char.IsLetterOrDigit(_source[end]) || _source[end] == '_'))
        {
            return false;
        }

        _pos = end;
        return true;
    }

    private bool Peek(char c) => _pos < _source.Length && _source[_pos] == c;

    private bool TryChar(char c)
    {
        SkipSpace();
        if (!Peek(c))
        {
            return false;
        }

        _pos++;
        return true;
    }

    private void Expect(char c)
    {
        if (!TryChar(c))
        {
            throw Error(_pos >= _source.Length ? $"'{c}' is missing at the end" : $"'{c}' is expected instead of '{_source[_pos]}'");
        }
    }

    private void SkipSpace()
    {
        while (_pos < _source.Length && char.IsWhiteSpace(_source[_pos]))
        {
            _pos++;
        }
    }
}
