namespace WorkflowOffice.Host.Components.Layout;

/// <summary>One entry of the side navigation: where it goes and which roles see it.</summary>
public sealed record NavItem(string Href, string Icon, string Arabic, string English, IReadOnlyList<string> Roles);
