using Microsoft.EntityFrameworkCore;
using WorkflowOffice.Activities.Identifiers;
using WorkflowOffice.Activities.Text;
using WorkflowOffice.Host.Auth;
using WorkflowOffice.Host.Beneficiaries;
using WorkflowOffice.Host.Cases;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Components.Inbox;

/// <summary>
/// Finds the cases of the user's association that a staff search means: a case reference, a beneficiary's name,
/// national ID or mobile (typed with Arabic-Indic or Western digits, with or without +966).
/// </summary>
public sealed class TaskSearch(WorkflowOfficeDbContext db, ICurrentUser user)
{
    /// <summary>The matching case ids, or <see langword="null"/> when there is nothing to search for.</summary>
    public async Task<IReadOnlySet<Guid>?> MatchingCasesAsync(string? text, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var term = ArabicDigits.Normalize(text).Trim();
        var associationId = user.AssociationId;
        var mobile = SaudiMobile.TryParse(term).Value;
        var digits = new string([.. term.Where(char.IsAsciiDigit)]);
        var pattern = "%" + term.Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).ToLowerInvariant() + "%";

        var beneficiaries = db.Set<Beneficiary>().Where(b => b.AssociationId == associationId);
        var byPerson = mobile is not null
            ? beneficiaries.Where(b => b.Mobile == mobile.E164 || b.Mobile == mobile.Local.Replace(" ", "", StringComparison.Ordinal))
            : digits.Length == 10 && digits == term
                ? beneficiaries.Where(b => b.NationalId == digits)
                : beneficiaries.Where(b => EF.Functions.Like(b.NameAr, pattern) || (b.NameEn != null && EF.Functions.Like(b.NameEn.ToLower(), pattern)));
        var personIds = byPerson.Select(b => b.Id);
        var reference = term.ToUpperInvariant();

        var ids = await db.Set<SupportCase>().AsNoTracking()
            .Where(c => c.AssociationId == associationId)
            .Where(c => c.Reference == reference || (c.BeneficiaryId != null && personIds.Contains(c.BeneficiaryId.Value)))
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        return ids.ToHashSet();
    }
}
