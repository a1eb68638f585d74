using WorkflowOffice.Host.Components.Shared;

namespace WorkflowOffice.Host.Components.Pages.Cases;

/// <summary>The policy's procedure steps by clause id, named in the reader's language (the case file's timeline).</summary>
public static class PolicySteps
{
    private static readonly Dictionary<string, (string Ar, string En)> Names = new(StringComparer.Ordinal)
    {
        ["STEP-1"] = ("استقبال المستفيد والإجابة على استفساراته", "Receive the beneficiary and answer enquiries"),
        ["STEP-2"] = ("التحقق من البيانات والمستندات", "Verify information and documents"),
        ["STEP-3"] = ("الإحالة إلى البحث الاجتماعي", "Referral to social research"),
        ["STEP-4"] = ("إقرار مقدم الطلب", "Applicant attestation"),
        ["STEP-5"] = ("دراسة لجنة البحث وقرارها", "Research committee review and decision"),
        ["STEP-6"] = ("استكمال التسجيل", "Complete registration"),
        ["STEP-7"] = ("تقديم الخدمة", "Deliver the service"),
        ["GOAL-5"] = ("قياس رضا المستفيد", "Beneficiary satisfaction survey"),
    };

    public static string Name(string stepId) =>
        Names.TryGetValue(stepId, out var name) ? Ui.T(name.Ar, name.En) : Ui.T("أخرى", "Other");

    private static readonly Dictionary<string, (string Ar, string En)> Events = new(StringComparer.Ordinal)
    {
        ["support-request"] = ("طلب دعم", "Support request"),
        ["inquiry-answered"] = ("الرد على الاستفسار", "Enquiry answered"),
        ["items-missing"] = ("إشعار بالنواقص", "Missing items notice"),
        ["items-reminder"] = ("تذكير بالنواقص", "Missing items reminder"),
        ["items-closed-incomplete"] = ("إغلاق الطلب لعدم استكمال النواقص", "Closed: missing items not provided"),
        ["referred-to-research"] = ("إحالة إلى البحث الاجتماعي", "Referred to social research"),
        ["attestation-code"] = ("رمز التحقق للإقرار", "Attestation code"),
        ["sent-to-committee"] = ("رفع الطلب إلى لجنة البحث", "Sent to the research committee"),
        ["committee-accepted"] = ("قبول الطلب", "Request accepted"),
        ["committee-rejected"] = ("الاعتذار عن الطلب", "Request declined"),
        ["committee-reminder"] = ("تذكير اللجنة", "Committee reminder"),
        ["committee-escalation"] = ("تصعيد إلى المدير", "Escalated to the director"),
        ["registration-completed"] = ("اكتمال التسجيل", "Registration completed"),
        ["service-delivered"] = ("تقديم الخدمة", "Service delivered"),
        ["survey-invitation"] = ("دعوة لاستبيان الرضا", "Satisfaction survey invitation"),
        ["signature"] = ("توقيع", "Signature"),
        ["otp"] = ("رمز تحقق", "One-time code"),
    };

    /// <summary>A notification event, attestation method or other code in words, or the code itself when unknown.</summary>
    public static string Term(string? code) =>
        code is not null && Events.TryGetValue(code, out var name) ? Ui.T(name.Ar, name.En) : code ?? "";

    /// <summary>A task outcome in words (accept, reject, attested…), or the raw value when unknown.</summary>
    public static string Outcome(string? outcome) => outcome switch
    {
        null => "",
        "accept" or "accepted" => Ui.T("قبول", "Accepted"),
        "reject" or "rejected" => Ui.T("اعتذار", "Declined"),
        "attested" => Ui.T("تم الإقرار", "Attested"),
        "declined" => Ui.T("رفض الإقرار", "Not attested"),
        "complete" => Ui.T("مكتمل", "Complete"),
        "missing" => Ui.T("نواقص", "Items missing"),
        _ => outcome,
    };

    /// <summary>What an item under a step is, in words.</summary>
    public static string ItemKind(string source, string kind) => (source, kind) switch
    {
        ("communication", "in") => Ui.T("رسالة واردة", "Message received"),
        ("communication", _) => Ui.T("رسالة صادرة", "Message sent"),
        ("document", _) => Ui.T("مستند", "Document"),
        ("decision", "attestation") => Ui.T("إقرار", "Attestation"),
        ("decision", "registration") => Ui.T("رقم الملف", "File number"),
        ("decision", "delivery") => Ui.T("الخدمة المقدمة", "Service delivered"),
        ("decision", var vote) when vote.StartsWith("vote:", StringComparison.Ordinal) => Ui.T("صوت", "Vote") + ": " + Outcome(vote[5..]),
        _ => kind,
    };
}
