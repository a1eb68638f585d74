namespace WorkflowOffice.Host.Resources;

/// <summary>Anchor type for the UI strings in <c>SharedResource.resx</c> (English) and <c>SharedResource.ar.resx</c>.</summary>
public sealed class SharedResource
{
    private SharedResource()
    {
    }
}
