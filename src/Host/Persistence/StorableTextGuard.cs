using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using WorkflowOffice.Activities.Text;
using WorkflowOffice.Host.Api;
using WorkflowOffice.Host.Cases;

namespace WorkflowOffice.Host.Persistence;

/// <summary>
/// The database never sees a text it cannot store: before every save, each changed string is checked against its
/// column's length and for control characters (PostgreSQL refuses NUL). A violation is a field problem (400) named
/// <c>entity.property</c>, not a database error (500), whichever endpoint or page wrote it.
/// </summary>
public sealed class StorableTextGuard : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var errors = new List<FieldError>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            foreach (var property in entry.Properties)
            {
                if (property.Metadata.ClrType != typeof(string) || property.CurrentValue is not string text
                    || (entry.State == EntityState.Modified && !property.IsModified))
                {
                    continue;
                }

                var field = Camel(entry.Metadata.ClrType.Name) + "." + Camel(property.Metadata.Name);
                if (property.Metadata.GetMaxLength() is { } max && text.Length > max)
                {
                    errors.Add(new FieldError(field, "tooLong", new BilingualText(
                        string.Create(CultureInfo.InvariantCulture, $"النص أطول من {max} حرفًا."),
                        string.Create(CultureInfo.InvariantCulture, $"The text is longer than {max} characters."))));
                }
                else if (text.Contains('\0', StringComparison.Ordinal) || (text.Length <= 100_000 && InputText.HasControlCharacters(text)))
                {
                    errors.Add(new FieldError(field, "controlCharacters", InputText.ControlCharactersMessage));
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new CaseValidationException(errors);
        }
    }

    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
