using WorkflowOffice.Activities.Identifiers;
using WorkflowOffice.Activities.Text;

namespace WorkflowOffice.Activities.Verification;

/// <summary>
/// STEP-2: makes sure the beneficiary has provided all the required information, matches the data, and checks its
/// validity at the time of submission (e.g. that an identity document has not expired on the submission date).
/// </summary>
public static class RequirementsCheck
{
    /// <summary>The outcome when every item is present and valid.</summary>
    public const string Complete = "complete";

    /// <summary>The outcome when something is missing, expired or invalid.</summary>
    public const string Missing = "missing";

    /// <summary>Checks a request against its checklist.</summary>
    /// <param name="requiredItems">The support type's checklist (<see cref="SupportType.RequiredItems"/>).</param>
    /// <param name="submittedFields">The request's field values by item code; blank values count as not provided.</param>
    /// <param name="documents">The documents provided; any one valid document of a type satisfies that type.</param>
    /// <param name="submissionDate">
    /// The day the request was submitted (not today): STEP-2 checks validity at submission, so a re-check after the
    /// beneficiary brings a missing item keeps judging earlier documents on the original date unless the caller
    /// passes the resubmission date.
    /// </param>
    public static RequirementsCheckResult Check(
        IReadOnlyList<RequiredItem> requiredItems,
        IReadOnlyDictionary<string, string?> submittedFields,
        IReadOnlyList<SubmittedDocument> documents,
        DateOnly submissionDate)
    {
        var missing = new List<MissingItem>();
        foreach (var item in requiredItems)
        {
            var problem = item.Kind == RequiredItemKind.Document
                ? CheckDocument(item, documents, submissionDate)
                : CheckField(item, submittedFields);
            if (problem is not null)
            {
                missing.Add(problem);
            }
        }

        return new RequirementsCheckResult(missing);
    }

    private static MissingItem? CheckDocument(RequiredItem item, IReadOnlyList<SubmittedDocument> documents, DateOnly submissionDate)
    {
        var ofType = documents.Where(d => string.Equals(d.TypeCode, item.Code, StringComparison.OrdinalIgnoreCase)).ToList();
        if (ofType.Count == 0)
        {
            return NotProvided(item);
        }

        if (!item.ExpiryMatters)
        {
            return null;
        }

        // A document is valid through its expiry day.
        if (ofType.Any(d => d.ExpiresOn is { } expiry && expiry >= submissionDate))
        {
            return null;
        }

        if (ofType.All(d => d.ExpiresOn is null))
        {
            return new MissingItem(item, MissingReason.ExpiryDateMissing, new BilingualText(
                $"{item.NameAr}: يرجى تزويدنا بتاريخ انتهاء الوثيقة.",
                $"{item.NameEn}: please provide the document's expiry date."));
        }

        return new MissingItem(item, MissingReason.Expired, new BilingualText(
            $"{item.NameAr}: الوثيقة منتهية الصلاحية، يرجى إحضار وثيقة سارية.",
            $"{item.NameEn}: the document has expired; please bring a valid one."));
    }

    private static MissingItem? CheckField(RequiredItem item, IReadOnlyDictionary<string, string?> submittedFields)
    {
        if (!submittedFields.TryGetValue(item.Code, out var value) || string.IsNullOrWhiteSpace(value))
        {
            return NotProvided(item);
        }

        var error = item.Format switch
        {
            FieldFormat.NationalId => SaudiNationalId.TryParse(value).Error,
            FieldFormat.Mobile => SaudiMobile.TryParse(value).Error,
            FieldFormat.Iban => SaudiIban.TryParse(value).Error,
            _ => null,
        };

        return error is null
            ? null
            : new MissingItem(item, MissingReason.Invalid, new BilingualText(
                $"{item.NameAr}: {error.Message.Ar}",
                $"{item.NameEn}: {error.Message.En}"));
    }

    private static MissingItem NotProvided(RequiredItem item) =>
        item.Kind == RequiredItemKind.Document
            ? new MissingItem(item, MissingReason.NotProvided, new BilingualText($"{item.NameAr}: يرجى إحضار الوثيقة.", $"{item.NameEn}: please bring this document."))
            : new MissingItem(item, MissingReason.NotProvided, new BilingualText($"{item.NameAr}: يرجى تزويدنا بهذه المعلومة.", $"{item.NameEn}: please provide this information."));
}
