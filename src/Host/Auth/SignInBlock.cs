namespace WorkflowOffice.Host.Auth;

/// <summary>Why a sign-in attempt is refused before the password is checked.</summary>
public enum SignInBlock
{
    None,

    /// <summary>Too many failures for this account from this address (answered like a locked account).</summary>
    Account,

    /// <summary>Too many failures from this address, whatever the accounts (429).</summary>
    Address,
}
