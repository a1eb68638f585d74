using Microsoft.AspNetCore.Identity;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Auth;

/// <summary>A staff member; the user name is the e-mail address and every user belongs to one association.</summary>
public sealed class AppUser : IdentityUser<Guid>, ITenantOwned
{
    public Guid AssociationId { get; set; }

    public string DisplayNameAr { get; set; } = "";

    public string DisplayNameEn { get; set; } = "";

    /// <summary>Two-letter UI language the user chose (<c>ar</c> or <c>en</c>).</summary>
    public string PreferredLanguage { get; set; } = "ar";
}
