namespace WorkflowOffice.Host.Auth;

/// <summary>Claim types the host adds to every signed-in principal.</summary>
public static class WorkflowOfficeClaimTypes
{
    public const string AssociationId = "wo:association_id";
}
