using System.Text.Json.Nodes;
using WorkflowOffice.Activities.Attestation;

namespace WorkflowOffice.Activities.Tests.Attestation;

public class AttestationHashTests
{
    [Fact]
    public void Compute_IsIndependentOfKeyOrderAndWhitespace()
    {
        var a = JsonNode.Parse("""{ "name": "أحمد", "mobile": "+966501234567", "address": { "city": "الرياض", "district": "النرجس" } }""");
        var b = JsonNode.Parse("""{"address":{"district":"النرجس","city":"الرياض"},"mobile":"+966501234567","name":"أحمد"}""");

        AttestationHash.Compute(a).Should().Be(AttestationHash.Compute(b));
    }

    [Fact]
    public void Compute_Changes_WhenAnAttestedValueIsEdited()
    {
        var original = JsonNode.Parse("""{"name":"أحمد","iban":"SA0380000000608010167519"}""");
        var edited = JsonNode.Parse("""{"name":"أحمد","iban":"SA4420000001234567891234"}""");

        AttestationHash.Compute(original).Should().NotBe(AttestationHash.Compute(edited));
    }

    [Fact]
    public void Canonicalize_SortsKeysOrdinally_KeepsArrayOrder_AndDoesNotEscapeArabic()
    {
        var node = JsonNode.Parse("""{"b":[3,1,2],"a":"مرحبا","B":true}""");

        AttestationHash.Canonicalize(node).Should().Be("""{"B":true,"a":"مرحبا","b":[3,1,2]}""");
    }

    [Fact]
    public void Compute_TreatsCanonicallyEquivalentArabicTextAsEqual()
    {
        // Alef with hamza above as one code point (U+0623) or as alef + combining hamza (U+0627 U+0654).
        var composed = new JsonObject { ["name"] = "\u0623\u062D\u0645\u062F" };
        var decomposed = new JsonObject { ["name"] = "\u0627\u0654\u062D\u0645\u062F" };

        AttestationHash.Compute(composed).Should().Be(AttestationHash.Compute(decomposed));
    }

    [Fact]
    public void Compute_IsSha256Hex_OfTheCanonicalText()
    {
        // SHA-256 of the UTF-8 bytes of {"a":1}, computed independently (sha256sum).
        AttestationHash.Compute(JsonNode.Parse("""{ "a" : 1 }""")).Should().Be("015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862");
    }

    [Fact]
    public void ComputeFor_HashesAnObjectLikeItsJson()
    {
        AttestationHash.ComputeFor(new { a = 1 }).Should().Be(AttestationHash.Compute(JsonNode.Parse("""{"a":1}""")));
    }
}
