namespace WorkflowOffice.Host.Auth;

/// <summary>Where each role's work is: the page a user lands on after signing in.</summary>
public static class Landing
{
    /// <summary>The board's list of submitted editions the signed-in member has not voted on yet.</summary>
    public const string AwaitingVote = "/policies/awaiting-vote";

    /// <summary>
    /// Administrators land on administration, staff who work cases on the inbox, board members on the editions
    /// awaiting their vote, policy owners on the policies; anyone else on the home page.
    /// </summary>
    public static string For(IReadOnlyCollection<string> roles)
    {
        if (roles.Contains(Roles.Admin))
        {
            return "/administration";
        }

        if (roles.Contains(Roles.RelationsOfficer) || roles.Contains(Roles.SocialResearcher) || roles.Contains(Roles.CommitteeMember))
        {
            return "/inbox";
        }

        if (roles.Contains(Roles.BoardMember))
        {
            return AwaitingVote;
        }

        return roles.Contains(Roles.PolicyOwner) ? "/policies" : "/";
    }

    /// <summary>
    /// A local return address wins, except the bare root, which every anonymous visit to the site carries and which
    /// is no page of work.
    /// </summary>
    public static string After(string? returnUrl, IReadOnlyCollection<string> roles) =>
        AuthEndpoints.IsLocalPath(returnUrl) && returnUrl != "/" ? returnUrl! : For(roles);
}
