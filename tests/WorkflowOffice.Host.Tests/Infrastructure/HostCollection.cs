namespace WorkflowOffice.Host.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class HostCollection : ICollectionFixture<PostgresHostFixture>
{
    public const string Name = "Host on PostgreSQL";
}
