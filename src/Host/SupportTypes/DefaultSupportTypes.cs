using WorkflowOffice.Activities.Verification;

namespace WorkflowOffice.Host.SupportTypes;

/// <summary>
/// The support types seeded for each demo association, with the checklists of the beneficiary support policy guide
/// (TOOL-3) and the support request form (TOOL-4).
/// </summary>
public static class DefaultSupportTypes
{
    private static readonly RequiredItem IdentityCard = new(RequiredItemKind.Document, "national-id-card", "صورة الهوية الوطنية أو الإقامة", "National ID or Iqama card", ExpiryMatters: true);
    private static readonly RequiredItem MedicalReport = new(RequiredItemKind.Document, "medical-report", "تقرير طبي حديث", "Recent medical report");
    private static readonly RequiredItem NationalIdField = new(RequiredItemKind.Field, "nationalId", "رقم الهوية", "ID number", Format: FieldFormat.NationalId);
    private static readonly RequiredItem MobileField = new(RequiredItemKind.Field, "mobile", "رقم الجوال", "Mobile number", Format: FieldFormat.Mobile);
    private static readonly RequiredItem IbanField = new(RequiredItemKind.Field, "iban", "رقم الآيبان", "IBAN", Format: FieldFormat.Iban);

    public static IReadOnlyList<SupportType> All { get; } =
    [
        new("prosthetic-limb", "طرف صناعي", "Prosthetic limb", [NationalIdField, MobileField, IdentityCard, MedicalReport]),
        new("physiotherapy", "علاج طبيعي", "Physiotherapy", [NationalIdField, MobileField, IdentityCard, MedicalReport]),
        new("financial-aid", "مساعدة مالية", "Financial aid", [NationalIdField, MobileField, IbanField, IdentityCard,
            new(RequiredItemKind.Document, "income-proof", "مشهد الدخل", "Proof of income")]),
        new("medical-device", "جهاز طبي", "Medical device", [NationalIdField, MobileField, IdentityCard, MedicalReport]),
    ];
}
