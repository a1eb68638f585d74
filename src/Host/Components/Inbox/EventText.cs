using WorkflowOffice.Activities.Notifications;
using WorkflowOffice.Host.Components.Shared;

namespace WorkflowOffice.Host.Components.Inbox;

/// <summary>Names for staff of the notification events and of the procedure's timers, in the reader's language.</summary>
public static class EventText
{
    private static readonly Dictionary<string, (string Ar, string En)> Events = new(StringComparer.Ordinal)
    {
        [NotificationEvents.InquiryAnswered] = ("الرد على الاستفسار", "Enquiry answered"),
        [NotificationEvents.ItemsMissing] = ("طلب استكمال النواقص", "Missing items requested"),
        [NotificationEvents.ItemsReminder] = ("تذكير بالنواقص", "Missing items reminder"),
        [NotificationEvents.ItemsClosedIncomplete] = ("إغلاق الطلب لعدم اكتماله", "Closed for missing items"),
        [NotificationEvents.ReferredToResearch] = ("الإحالة إلى الباحث الاجتماعي", "Referred to the social researcher"),
        [NotificationEvents.AttestationCode] = ("رمز التحقق للإقرار", "Attestation code"),
        [NotificationEvents.SentToCommittee] = ("الرفع إلى لجنة البحث", "Sent to the research committee"),
        [NotificationEvents.CommitteeAccepted] = ("قبول اللجنة", "Accepted by the committee"),
        [NotificationEvents.CommitteeRejected] = ("اعتذار اللجنة مع الأسباب", "Declined by the committee, with reasons"),
        [NotificationEvents.RegistrationCompleted] = ("اكتمال التسجيل ورقم الملف", "Registration completed, file number"),
        [NotificationEvents.ServiceDelivered] = ("تقديم الخدمة", "Service delivered"),
        [NotificationEvents.SurveyInvitation] = ("دعوة لتقييم الخدمة", "Survey invitation"),
        [NotificationEvents.CommitteeReminder] = ("تذكير أعضاء اللجنة", "Reminder to committee members"),
        [NotificationEvents.CommitteeEscalation] = ("تصعيد تأخر اللجنة إلى المدير", "Committee delay escalated to the director"),
    };

    private static readonly Dictionary<string, (string Ar, string En)> Timers = new(StringComparer.Ordinal)
    {
        ["itemsDeadline"] = ("انتهاء مهلة استكمال النواقص", "Missing-items deadline"),
        ["itemsReminder"] = ("تذكير بالنواقص قبل انتهاء المهلة", "Missing-items reminder"),
        ["committeeReminder"] = ("تذكير أعضاء اللجنة قبل المهلة", "Committee reminder"),
        ["committeeDeadline"] = ("انقضاء أسبوعي اللجنة دون قرار", "Committee's two weeks over"),
        ["surveyClosed"] = ("إغلاق استبيان الرضا", "Survey closes"),
    };

    /// <summary>The event's name, or the event as stored when it is not one of the policy's.</summary>
    public static string Event(string? eventName) =>
        eventName is not null && Events.TryGetValue(eventName, out var name) ? Ui.T(name.Ar, name.En) : eventName ?? "—";

    /// <summary>A timer's name by the procedure element that waits for it, or the element id when it has none.</summary>
    public static string Timer(string elementId) =>
        Timers.TryGetValue(elementId, out var name) ? Ui.T(name.Ar, name.En) : elementId;

    /// <summary>True when <see cref="Timer"/> has a name for the element.</summary>
    public static bool HasTimerName(string elementId) => Timers.ContainsKey(elementId);
}
