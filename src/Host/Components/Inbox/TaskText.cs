using WorkflowOffice.Activities.Notifications;
using WorkflowOffice.Host.Cases;
using WorkflowOffice.Host.Components.Shared;
using WorkflowOffice.Host.Tasks;

namespace WorkflowOffice.Host.Components.Inbox;

/// <summary>Names of task forms, channels and case statuses in the reader's language, and refusals in words.</summary>
public static class TaskText
{
    private static readonly Dictionary<string, (string Ar, string En)> Forms = new(StringComparer.Ordinal)
    {
        ["verification"] = ("التحقق من البيانات والمستندات", "Verify information and documents"),
        ["research-consultation"] = ("استشارة الباحث الاجتماعي", "Social-research consultation"),
        ["attestation"] = ("إقرار مقدم الطلب", "Applicant attestation"),
        ["committee-vote"] = ("تصويت لجنة البحث", "Research committee vote"),
        ["registration"] = ("استكمال التسجيل", "Complete registration"),
        ["committee-escalation"] = ("متابعة قرار اللجنة المتأخر", "Follow up the overdue committee decision"),
        ["service-delivery"] = ("تقديم الخدمة", "Deliver the service"),
        ["inquiry-answer"] = ("الرد على الاستفسار", "Answer the enquiry"),
        ["missing-items"] = ("متابعة النواقص", "Follow up missing items"),
    };

    private static readonly Dictionary<string, (string Ar, string En)> ChannelNames = new(StringComparer.Ordinal)
    {
        ["CH-1"] = ("المقابلة", "In-person interview"),
        ["CH-2"] = ("الاتصال الهاتفي", "Telephone"),
        ["CH-3"] = ("وسائل التواصل الاجتماعي", "Social media"),
        ["CH-4"] = ("الخطابات", "Letters"),
        ["CH-5"] = ("خدمات طلب المساعدة", "Help-request services"),
        ["CH-6"] = ("خدمة التطوع", "Volunteering service"),
        ["CH-7"] = ("موقع الجمعية", "Website"),
        ["CH-8"] = ("مناديب المكاتب الفرعية", "Branch representatives"),
    };

    private static readonly Dictionary<string, (string Ar, string En)> Statuses = new(StringComparer.Ordinal)
    {
        ["received"] = ("مستلم", "Received"),
        ["inquiryOpen"] = ("استفسار مفتوح", "Enquiry open"),
        ["inquiryAnswered"] = ("تمت الإجابة على الاستفسار", "Enquiry answered"),
        ["verifying"] = ("قيد التحقق", "Being verified"),
        ["awaitingItems"] = ("بانتظار النواقص", "Awaiting missing items"),
        ["closedIncomplete"] = ("مغلق لعدم اكتمال المتطلبات", "Closed: items not provided"),
        ["withResearcher"] = ("لدى الباحث الاجتماعي", "With the social researcher"),
        ["awaitingAttestation"] = ("بانتظار الإقرار", "Awaiting attestation"),
        ["closedNotAttested"] = ("مغلق لعدم الإقرار", "Closed: not attested"),
        ["withCommittee"] = ("لدى لجنة البحث", "With the research committee"),
        ["accepted"] = ("مقبول", "Accepted"),
        ["rejected"] = ("معتذر عنه", "Declined"),
        ["registered"] = ("مسجّل", "Registered"),
        ["delivered"] = ("قُدّمت الخدمة", "Service delivered"),
        ["served"] = ("مكتمل", "Completed"),
    };

    /// <summary>The task forms the inbox can filter by.</summary>
    public static IReadOnlyList<string> FormCodes { get; } = [.. Forms.Keys];

    public static string FormName(string? form) =>
        form is not null && Forms.TryGetValue(form, out var name) ? Ui.T(name.Ar, name.En) : form ?? "";

    public static string TaskName(TaskView task) =>
        task.Form is not null && Forms.ContainsKey(task.Form) ? FormName(task.Form) : task.Name ?? task.ElementId;

    public static string ChannelName(string channel) =>
        // The code is a secondary label isolated left-to-right (LRI … PDI), so right-to-left text never shows it as
        // "1-CH"; a non-breaking hyphen keeps "CH-2" from wrapping in a narrow column.
        ChannelNames.TryGetValue(channel, out var name) ? $"{Ui.T(name.Ar, name.En)} ({Isolated(channel)})" : Isolated(channel);

    /// <summary>A code isolated left-to-right inside any text (plain text too: options, titles, CSV), unbreakable at its hyphens.</summary>
    public static string Isolated(string code) => "\u2066" + code.Replace('-', '\u2011') + "\u2069";

    /// <summary>A notification channel's name (SMS, e-mail, portal) in the reader's language.</summary>
    public static string NotificationChannelName(NotificationChannel channel) => channel switch
    {
        NotificationChannel.Sms => Ui.T("رسالة نصية", "SMS"),
        NotificationChannel.Email => Ui.T("بريد إلكتروني", "E-mail"),
        _ => Ui.T("بوابة المستفيد", "Portal"),
    };

    /// <summary>
    /// The channels of a communication in words: notifications store the ones they went out on as "sms,portal",
    /// received contacts store the case's intake channel ("CH-1"); either is named, anything else is shown as stored.
    /// </summary>
    public static string CommunicationChannels(string? codes)
    {
        if (string.IsNullOrEmpty(codes))
        {
            return "";
        }

        var names = codes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(code =>
            Enum.TryParse<NotificationChannel>(code, ignoreCase: true, out var channel) && Enum.IsDefined(channel) && !char.IsDigit(code[0])
                ? NotificationChannelName(channel)
                : ChannelName(code));
        return string.Join(Ui.T("، ", ", "), names);
    }

    public static string Status(string status) =>
        Statuses.TryGetValue(status, out var name) ? Ui.T(name.Ar, name.En) : status;

    /// <summary>A refusal from the task services, in words for the reader.</summary>
    public static string Problem(Exception ex) => ex switch
    {
        TaskConflictException conflict => Ui.T("تعذّر التنفيذ: ", "Not done: ") + conflict.Message,
        TaskForbiddenException => Ui.T("هذه المهمة ليست من مهام أدوارك.", "This task is not for your roles."),
        CaseNotFoundException => Ui.T("المهمة غير موجودة.", "The task was not found."),
        CaseValidationException validation => string.Join(" ", validation.Errors.Select(e => e.Message.For(Ui.Language))),
        _ => ex.Message,
    };
}
