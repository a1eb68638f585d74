using System.Text;
using System.Text.Json;
using WorkflowOffice.Host.Cases;

namespace WorkflowOffice.Host.Api;

/// <summary>
/// Reads every JSON body sent to the API once, before any endpoint binds it, and refuses strings with control
/// characters (NUL and the like) with a field problem naming the JSON path (<c>beneficiary.city</c>): whatever the
/// endpoint does with the value — a column, a workflow variable, a message — it never carries such a character.
/// Malformed JSON is left to the endpoint, which answers 400.
/// </summary>
internal static class JsonTextGuard
{
    public static bool Applies(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api")
        && (HttpMethods.IsPost(context.Request.Method) || HttpMethods.IsPut(context.Request.Method) || HttpMethods.IsPatch(context.Request.Method))
        && context.Request.HasJsonContentType();

    public static async Task EnforceAsync(HttpContext context, RequestDelegate next)
    {
        context.Request.EnableBuffering();
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        context.Request.Body.Position = 0;
        var fields = ControlCharacterFields(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        if (fields.Count == 0)
        {
            await next(context);
            return;
        }

        var language = CaseProblems.LanguageOf(context.Request);
        var message = InputText.ControlCharactersMessage.For(language);
        await Results.ValidationProblem(
                fields.Distinct(StringComparer.Ordinal).ToDictionary(f => f, _ => new[] { message }, StringComparer.Ordinal),
                title: language == "en" ? "Some fields are not valid." : "بعض الحقول غير صحيحة.")
            .ExecuteAsync(context);
    }

    private static List<string> ControlCharacterFields(ReadOnlySpan<byte> json)
    {
        var fields = new List<string>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64, CommentHandling = JsonCommentHandling.Skip });
        var path = new List<string>();
        var indexes = new List<int>();
        string? property = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = reader.GetString();
                        if (InputText.HasControlCharacters(property))
                        {
                            fields.Add(Join(path, property ?? ""));
                        }

                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        path.Add(Segment(indexes, property));
                        indexes.Add(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
                        property = null;
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        path.RemoveAt(path.Count - 1);
                        indexes.RemoveAt(indexes.Count - 1);
                        Advance(indexes);
                        property = null;
                        break;
                    case JsonTokenType.String:
                        if (reader.ValueIsEscaped || HasRawControl(reader.ValueSpan))
                        {
                            if (InputText.HasControlCharacters(reader.GetString()))
                            {
                                fields.Add(Join(path, Segment(indexes, property)));
                            }
                        }

                        Advance(indexes);
                        property = null;
                        break;
                    default:
                        Advance(indexes);
                        property = null;
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Malformed or too deep: the endpoint's own reading answers 400.
        }
        catch (InvalidOperationException)
        {
            // Invalid UTF-16 in a string (lone surrogate escape): GetString throws; treat as a control character.
            fields.Add(Join(path, property ?? ""));
        }

        return fields;
    }

    private static bool HasRawControl(ReadOnlySpan<byte> value)
    {
        foreach (var b in value)
        {
            if (b < 0x20)
            {
                return true;
            }
        }

        return false;
    }

    private static void Advance(List<int> indexes)
    {
        if (indexes.Count > 0 && indexes[^1] >= 0)
        {
            indexes[^1]++;
        }
    }

    private static string Segment(List<int> indexes, string? property) =>
        property ?? (indexes.Count > 0 && indexes[^1] >= 0 ? "[" + indexes[^1].ToString(System.Globalization.CultureInfo.InvariantCulture) + "]" : "");

    private static string Join(List<string> path, string last)
    {
        var builder = new StringBuilder();
        foreach (var segment in path.Append(last))
        {
            if (segment.Length == 0)
            {
                continue;
            }

            if (builder.Length > 0 && segment[0] != '[')
            {
                builder.Append('.');
            }

            builder.Append(segment);
        }

        return builder.ToString();
    }
}
