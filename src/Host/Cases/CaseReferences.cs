using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Cases;

/// <summary>Case references, <c>{CODE}-C-{YEAR}-{000042}</c>, numbered per association and year.</summary>
public static class CaseReferences
{
    public static string Format(string associationCode, int year, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{associationCode}-C-{year}-{sequence:D6}");

    /// <summary>Gives the case the next number; the unique index on (association, year, sequence) settles races (the caller retries).</summary>
    public static async Task AssignAsync(WorkflowOfficeDbContext db, SupportCase @case, string associationCode, int year, CancellationToken cancellationToken)
    {
        var last = await db.Set<SupportCase>()
            .Where(c => c.AssociationId == @case.AssociationId && c.Year == year)
            .MaxAsync(c => (int?)c.Sequence, cancellationToken) ?? 0;
        @case.Year = year;
        @case.Sequence = last + 1;
        @case.Reference = Format(associationCode, year, @case.Sequence);
    }
}
