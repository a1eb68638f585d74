namespace WorkflowOffice.Host.Auth;

/// <summary>Authentication scheme names beyond Identity's own.</summary>
public static class AuthSchemes
{
    /// <summary>Policy scheme: bearer tokens under <c>/api</c>, the Identity cookie everywhere else.</summary>
    public const string Smart = "WorkflowOffice";
}
