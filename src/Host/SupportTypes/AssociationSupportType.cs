using System.Text.Json;
using WorkflowOffice.Activities.Verification;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.SupportTypes;

/// <summary>
/// A kind of support one association provides, with its checklist of required items (TOOL-3, TOOL-4), stored as
/// JSON because the checklist is read and edited as a whole.
/// </summary>
public sealed class AssociationSupportType : ITenantOwned
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Guid Id { get; set; }

    public Guid AssociationId { get; set; }

    /// <summary>Stable code within the association, e.g. <c>prosthetic-limb</c>.</summary>
    public string Code { get; set; } = "";

    public string NameAr { get; set; } = "";

    public string NameEn { get; set; } = "";

    public bool IsActive { get; set; } = true;

    /// <summary>The checklist as JSON (a list of <see cref="RequiredItem"/>).</summary>
    public string RequiredItemsJson { get; set; } = "[]";

    public IReadOnlyList<RequiredItem> RequiredItems
    {
        get => JsonSerializer.Deserialize<List<RequiredItem>>(RequiredItemsJson, Json) ?? [];
        set => RequiredItemsJson = JsonSerializer.Serialize(value, Json);
    }

    /// <summary>The domain view STEP-2 checks against.</summary>
    public SupportType ToSupportType() => new(Code, NameAr, NameEn, RequiredItems);
}
