namespace WorkflowOffice.Host.Administration;

/// <summary>An administration request refused, with the reason in both languages.</summary>
public sealed class AdministrationException(string arabic, string english) : Exception(english)
{
    public string Arabic { get; } = arabic;

    public string English { get; } = english;
}
