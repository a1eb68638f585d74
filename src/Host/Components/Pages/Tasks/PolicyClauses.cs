using WorkflowOffice.Host.Components.Shared;

namespace WorkflowOffice.Host.Components.Pages.Tasks;

/// <summary>The clause of the policy each task serves, quoted on the task page so staff see why the step exists.</summary>
public static class PolicyClauses
{
    private static readonly Dictionary<string, (string Ar, string En)> Clauses = new(StringComparer.Ordinal)
    {
        ["inquiry-answer"] = ("STEP-1: استقبال المستفيد بلباقة واحترام، والإجابة على جميع استفساراته، وإعطاء الزائر الوقت الكافي.", "STEP-1: Receive the beneficiary courteously and respectfully, answer all enquiries, and give the visitor enough time."),
        ["verification"] = ("STEP-2: التأكد من استيفاء جميع البيانات المطلوبة، ومطابقتها، والتحقق من صلاحيتها وقت التقديم.", "STEP-2: Make sure all the required information is provided, match the data and check its validity at the time of submission."),
        ["research-consultation"] = ("STEP-3: إذا كان الإجراء غير واضح للمستفيد يُحال إلى مسؤول البحث الاجتماعي ليجيب على أسئلته ويوضح الجوانب التنظيمية.", "STEP-3: If the procedure is unclear to the beneficiary, refer them to the social-research officer, who answers their questions and explains the organisational aspects."),
        ["attestation"] = ("STEP-4: التأكد من صحة البيانات وتوقيع مقدم الطلب عليها إقرارًا بمسؤوليته المباشرة عن صحتها.", "STEP-4: Make sure the data is accurate and that the applicant signs it, acknowledging direct responsibility for its accuracy."),
        ["committee-vote"] = ("STEP-5: يُرفع الطلب إلى لجنة البحث لدراسته والإجابة بالقبول أو الاعتذار خلال أسبوعين.", "STEP-5: The request is submitted to the research committee, which studies it and answers (acceptance or rejection) within two weeks."),
        ["committee-escalation"] = ("STEP-5: انقضت مهلة الأسبوعين دون قرار من لجنة البحث.", "STEP-5: The two weeks passed without a decision of the research committee."),
        ["registration"] = ("STEP-6: استكمال إجراءات التسجيل عند اكتمال الطلبات.", "STEP-6: Complete the registration once the required items are complete."),
        ["service-delivery"] = ("STEP-7: تقديم الخدمة المطلوبة.", "STEP-7: Provide the required service."),
    };

    public static string For(string? form) =>
        form is not null && Clauses.TryGetValue(form, out var clause) ? Ui.T(clause.Ar, clause.En) : "";

    /// <summary>
    /// The clause split into its code (<c>STEP-4</c>) and its words, so a page shows the words and the code only as a
    /// secondary, isolated label (the attestation page is read by the applicant, who needs no clause numbers).
    /// </summary>
    public static (string Code, string Text) Parts(string? form)
    {
        var full = For(form);
        var colon = full.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && full.StartsWith("STEP-", StringComparison.Ordinal) ? (full[..colon], full[(colon + 2)..]) : ("", full);
    }
}
