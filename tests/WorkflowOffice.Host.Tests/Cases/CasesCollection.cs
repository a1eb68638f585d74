namespace WorkflowOffice.Host.Tests.Cases;

[CollectionDefinition(Name)]
public sealed class CasesCollection : ICollectionFixture<PostgresCasesFixture>
{
    public const string Name = "Cases on PostgreSQL with a fake clock";
}
