using System.Globalization;
using WorkflowOffice.Activities.Calendar;
using WorkflowOffice.Activities.Notifications;
using WorkflowOffice.Host.Components.Shared;
using WorkflowOffice.Host.Notifications;

namespace WorkflowOffice.Host.PublicApi;

/// <summary>
/// The words of the status page in the reader's language (the request's UI culture): what each notification told
/// the applicant, and dates in Riyadh time, Gregorian with the Umm al-Qura date beside it.
/// </summary>
public static class PublicUpdateText
{
    private static readonly Dictionary<string, (string Ar, string En)> Titles = new(StringComparer.Ordinal)
    {
        [NotificationEvents.InquiryAnswered] = ("أُجيب على استفسارك", "Your enquiry was answered"),
        [NotificationEvents.ItemsMissing] = ("نحتاج منك ما يلي لاستكمال طلبك", "We need the following to complete your request"),
        [NotificationEvents.ItemsReminder] = ("تذكير بما نحتاجه لاستكمال طلبك", "A reminder of what we need to complete your request"),
        [NotificationEvents.ItemsClosedIncomplete] = ("أُغلق الطلب لعدم اكتمال المتطلبات", "The request was closed because items were not provided"),
        [NotificationEvents.ReferredToResearch] = ("أُحيل طلبك إلى الباحث الاجتماعي", "Your request was referred to the social researcher"),
        [NotificationEvents.AttestationCode] = ("أُرسل إليك رمز التحقق لإقرار بياناتك", "A code to confirm your data was sent to you"),
        [NotificationEvents.SentToCommittee] = ("رُفع طلبك إلى لجنة البحث", "Your request was sent to the research committee"),
        [NotificationEvents.CommitteeAccepted] = ("قبلت لجنة البحث طلبك", "The research committee accepted your request"),
        [NotificationEvents.CommitteeRejected] = ("اعتذرت لجنة البحث عن قبول طلبك", "The research committee declined your request"),
        [NotificationEvents.RegistrationCompleted] = ("اكتمل تسجيلك لدى الجمعية", "Your registration with the association is complete"),
        [NotificationEvents.ServiceDelivered] = ("قُدّمت لك الخدمة", "The service was delivered to you"),
        [NotificationEvents.SurveyInvitation] = ("دعوة لتقييم الخدمة", "An invitation to rate the service"),
    };

    /// <summary>What a notification told the applicant, as a heading.</summary>
    public static string Title(string eventName) =>
        Titles.TryGetValue(eventName, out var title) ? Ui.T(title.Ar, title.En) : Ui.T("تحديث على طلبك", "An update on your request");

    /// <summary>The particulars of a notification as lines, from the data it was sent with.</summary>
    public static IReadOnlyList<string> Details(string eventName, IReadOnlyDictionary<string, object?> data)
    {
        var lines = new List<string>();
        var items = NotificationModel.Texts(data.GetValueOrDefault("items"), Ui.Language) ?? [];
        var reasons = NotificationModel.Texts(data.GetValueOrDefault("reasons"), Ui.Language) ?? [];
        lines.AddRange(items);
        lines.AddRange(reasons);
        var due = Instant(data.GetValueOrDefault("dueDate"));
        switch (eventName)
        {
            case NotificationEvents.ItemsMissing or NotificationEvents.ItemsReminder when due is { } deadline:
                lines.Add(Ui.T("الموعد النهائي: ", "Deadline: ") + Day(deadline));
                break;
            case NotificationEvents.SentToCommittee when due is { } deadline:
                lines.Add(Ui.T("تصلك الإجابة في موعد أقصاه ", "You will have the answer by ") + Day(deadline));
                break;
            case NotificationEvents.RegistrationCompleted when data.GetValueOrDefault("fileNumber") is string { Length: > 0 } file:
                lines.Add(Ui.T("رقم ملفك: ", "Your file number: ") + file);
                break;
            case NotificationEvents.ServiceDelivered when data.GetValueOrDefault("serviceName") is string { Length: > 0 } service:
                lines.Add(service);
                break;
            case NotificationEvents.InquiryAnswered when data.GetValueOrDefault("answer") is string { Length: > 0 } answer:
                lines.Add(answer);
                break;
        }

        return lines;
    }

    /// <summary>A calendar day in Riyadh: Gregorian with the Hijri date beside it.</summary>
    public static string Day(DateTimeOffset at) => DateDisplay.Both(Ui.SaudiDay(at), Ui.Language);

    /// <summary>An instant in Riyadh: the day (Gregorian and Hijri) and the time.</summary>
    public static string DayAndTime(DateTimeOffset at) => Day(at) + Ui.T("، الساعة ", ", ") + Ui.SaudiTime(at);

    /// <summary>An instant from notification data (an ISO 8601 text or a date/time value).</summary>
    public static DateTimeOffset? Instant(object? value) => value switch
    {
        DateTimeOffset at => at,
        DateTime at => new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)),
        string text when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) => at,
        _ => null,
    };
}
