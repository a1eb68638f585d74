namespace WorkflowOffice.Host.Policies;

/// <summary>The policies every association starts with (META-1…4 of the policy document).</summary>
public static class PolicyCatalog
{
    public const string BeneficiaryRelationshipKey = "beneficiary-relationship";

    public const string BeneficiaryRelationshipNameAr = "سياسة تنظيم العلاقة مع المستفيدين";

    public const string BeneficiaryRelationshipNameEn = "Policy on regulating the relationship with beneficiaries";

    /// <summary>The edition in force when the system was introduced: third edition (2023), meeting 8 of 2023, cycle 1.</summary>
    public static BoardMeeting SeededMeeting { get; } = new(8, 1, new DateOnly(2023, 11, 14));

    public const int SeededEditionNumber = 3;

    public const int SeededEditionYear = 2023;
}
