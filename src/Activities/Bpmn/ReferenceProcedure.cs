namespace WorkflowOffice.Activities.Bpmn;

/// <summary>
/// The reference procedure that ships with the product: the third edition (2023) of the policy on the relationship
/// with beneficiaries as BPMN (<c>workflows/beneficiary-relationship-policy.bpmn</c>, embedded in this assembly),
/// seeded as each demo association's published procedure. It uses the activities of
/// <see cref="Policy.PolicyActivities.AddPolicyActivities"/>.
/// </summary>
public static class ReferenceProcedure
{
    /// <summary>The definition key (the BPMN process id).</summary>
    public const string Key = "beneficiary-relationship-policy";

    private const string ResourceName = "WorkflowOffice.Activities.Bpmn.beneficiary-relationship-policy.bpmn";

    /// <summary>The BPMN XML, diagram interchange included.</summary>
    public static string LoadXml()
    {
        using var stream = typeof(ReferenceProcedure).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from {typeof(ReferenceProcedure).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
