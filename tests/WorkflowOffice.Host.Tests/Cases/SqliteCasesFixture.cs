using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Tests.Cases;

/// <summary>The cases host on a fresh SQLite file, the README's embedded default (a class fixture: one file per class).</summary>
public sealed class SqliteCasesFixture() : CasesFixture(DatabaseProvider.Sqlite);
