using System.Collections;
using WorkflowOffice.Activities.Policy;

namespace WorkflowOffice.Host.Notifications;

/// <summary>
/// The one function that turns a step's language-free notification data into what a template reads. The real
/// send (<see cref="NotificationComposer"/>) and the administrator's preview both call <see cref="Build"/>, so
/// the preview cannot show something the beneficiary would not get. Lists become texts in the recipient's
/// language (a missing item is named, never printed as its record), and links point at the public address.
/// </summary>
public static class NotificationModel
{
    /// <summary>Every variable a template may read; each is in the model, possibly null (strict binding).</summary>
    public static IReadOnlyList<string> Variables { get; } =
    [
        "recipientName", "associationName", "reference", "dueDate", "items", "reasons", "researcherName", "answer", "fileNumber",
        "serviceName", "deliveredOn", "surveyLink", "closesOn", "code", "validMinutes", "caseLink", "statusLink", "attestationLink",
    ];

    /// <summary>Builds the template model for one recipient.</summary>
    /// <param name="data">The data the step requested the notification with (as in the outbox payload).</param>
    /// <param name="language"><c>ar</c> or <c>en</c>: the recipient's language.</param>
    /// <param name="recipientName">How the message addresses the recipient.</param>
    /// <param name="associationName">The association's name in the recipient's language.</param>
    /// <param name="publicBaseUrl">The public pages' address (<c>Public:BaseUrl</c>), without a trailing slash.</param>
    /// <param name="staffBaseUrl">The staff pages' address, without a trailing slash.</param>
    public static Dictionary<string, object?> Build(
        IReadOnlyDictionary<string, object?> data,
        string language,
        string recipientName,
        string associationName,
        string publicBaseUrl,
        string staffBaseUrl)
    {
        var model = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var name in Variables)
        {
            model[name] = null;
        }

        foreach (var (name, value) in data)
        {
            model[name] = value;
        }

        model["recipientName"] = recipientName;
        model["associationName"] = associationName;
        model["dueDate"] ??= data.GetValueOrDefault(PolicyVariables.CommitteeDueDate);
        model["items"] = Texts(data.GetValueOrDefault("items") ?? data.GetValueOrDefault(PolicyVariables.MissingItems), language);
        model["reasons"] = Texts(data.GetValueOrDefault("reasons") ?? data.GetValueOrDefault(PolicyVariables.RejectionReasons), language);

        var reference = data.GetValueOrDefault(PolicyVariables.Reference) as string;
        var caseId = data.GetValueOrDefault(PolicyVariables.CaseId) as string;
        model["caseLink"] = caseId is { Length: > 0 } ? staffBaseUrl + "/cases/" + caseId : null;
        model["statusLink"] = reference is { Length: > 0 } ? publicBaseUrl + "/status?reference=" + Uri.EscapeDataString(reference) : publicBaseUrl + "/status";
        model["attestationLink"] = reference is { Length: > 0 } ? publicBaseUrl + "/attest?reference=" + Uri.EscapeDataString(reference) : publicBaseUrl + "/attest";

        // A survey link is issued once and kept in the procedure's data; the address it is sent with is today's.
        if (data.GetValueOrDefault("surveyLink") is string survey && Uri.TryCreate(survey, UriKind.Absolute, out var link))
        {
            model["surveyLink"] = publicBaseUrl + link.PathAndQuery;
        }

        return model;
    }

    /// <summary>
    /// A list of texts in <paramref name="language"/>: items recorded as <c>{code, kind, reason, ar, en}</c> give their
    /// text in that language (the other language, then the code, when it is missing); plain texts stay as they are; a
    /// single text becomes a one-line list.
    /// </summary>
    public static IReadOnlyList<string>? Texts(object? value, string language) => value switch
    {
        null => null,
        string text => text.Length == 0 ? [] : [text],
        IEnumerable list => [.. list.Cast<object?>().Select(item => Text(item, language)).Where(t => t is { Length: > 0 }).Select(t => t!)],
        _ => [value.ToString() ?? ""],
    };

    private static string? Text(object? item, string language)
    {
        switch (item)
        {
            case null:
                return null;
            case string text:
                return text;
            case IReadOnlyDictionary<string, object?> record:
                var other = language == "en" ? "ar" : "en";
                return record.GetValueOrDefault(language)?.ToString() is { Length: > 0 } mine ? mine
                    : record.GetValueOrDefault(other)?.ToString() is { Length: > 0 } theirs ? theirs
                    : record.GetValueOrDefault("code")?.ToString();
            case IDictionary record:
                return Text(record.Keys.Cast<object>().ToDictionary(k => k.ToString()!, k => record[k]), language);
            default:
                return item.ToString();
        }
    }
}
