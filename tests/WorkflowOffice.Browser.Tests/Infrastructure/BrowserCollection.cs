namespace WorkflowOffice.Browser.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<PostgresBrowserFixture>
{
    public const string Name = "Browser on the host over PostgreSQL";
}
