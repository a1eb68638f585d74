using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkflowOffice.Activities.Attestation;

/// <summary>
/// Fingerprints the data a support applicant attests (STEP-4: the applicant signs the data and is directly
/// responsible for its accuracy). The hash is stored with the attestation, so a later edit of attested data is
/// visible as such: the data's hash no longer matches.
/// </summary>
/// <remarks>
/// The hash is SHA-256 over a canonical JSON text: object keys sorted by ordinal order at every level, no white
/// space, strings in Unicode normalisation form C (Arabic text typed on different keyboards can differ in form
/// only), numbers exactly as written (so <c>1</c> and <c>1.0</c> differ: keep number formats stable), and minimal
/// escaping. Array order is significant.
/// </remarks>
public static class AttestationHash
{
    /// <summary>The algorithm name stored beside the hash.</summary>
    public const string Algorithm = "SHA-256";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Hashing never reaches HTML; minimal escaping keeps the canonical text readable and stable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>Returns the SHA-256 of the canonical JSON of <paramref name="data"/>, as 64 lower-case hex digits.</summary>
    public static string Compute(JsonNode? data) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonicalize(data))));

    /// <summary>Serialises <paramref name="data"/> with the default System.Text.Json rules, then hashes it like <see cref="Compute(JsonNode?)"/>.</summary>
    public static string ComputeFor<T>(T data) => Compute(JsonSerializer.SerializeToNode(data));

    /// <summary>Returns the canonical JSON text that is hashed (kept with the attestation so the hash can be re-checked by hand).</summary>
    public static string Canonicalize(JsonNode? data)
    {
        using var document = JsonDocument.Parse(data?.ToJsonString() ?? "null");
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            Write(writer, document.RootElement);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name.Normalize(NormalizationForm.FormC));
                    Write(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                writer.WriteStringValue(element.GetString()!.Normalize(NormalizationForm.FormC));
                break;
            default:
                // Numbers, true, false and null are written exactly as they appear.
                writer.WriteRawValue(element.GetRawText(), skipInputValidation: true);
                break;
        }
    }
}
