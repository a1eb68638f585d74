using System.Security.Cryptography;
using System.Text;

namespace WorkflowOffice.Host.Policies;

/// <summary>The SHA-256 of what the board approves: procedure, templates and settings.</summary>
public static class EditionContent
{
    public static string Sha256(PolicyEdition edition)
    {
        // Lengths in front of each part: moving text from one part to another changes the hash.
        var text = $"{edition.BpmnXml.Length}:{edition.BpmnXml}\n{edition.TemplatesJson.Length}:{edition.TemplatesJson}\n{edition.SettingsJson.Length}:{edition.SettingsJson}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
