namespace WorkflowOffice.Browser.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserHostFixture>
{
    public const string Name = "Browser on the host";
}
