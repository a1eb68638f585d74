namespace WorkflowOffice.Host.Auth;

/// <summary>The answer to a sign-in attempt; the same for an unknown e-mail as for a wrong password.</summary>
public enum SignInOutcome
{
    Succeeded,
    Failed,

    /// <summary>Locked for this client (too many failures here) or locked by an administrator.</summary>
    Locked,

    /// <summary>The client's address sent too many failed sign-ins; retry after the window.</summary>
    TooManyAttempts,
}
