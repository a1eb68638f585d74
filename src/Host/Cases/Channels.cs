namespace WorkflowOffice.Host.Cases;

/// <summary>The eight channels through which beneficiaries reach the association (CH-1…CH-8).</summary>
public static class Channels
{
    /// <summary>The association's website (CH-7): the public online application.</summary>
    public const string Website = "CH-7";

    public static IReadOnlyList<string> All { get; } = ["CH-1", "CH-2", "CH-3", "CH-4", "CH-5", "CH-6", "CH-7", "CH-8"];

    public static bool IsValid(string? channel) => channel is not null && All.Contains(channel);
}
