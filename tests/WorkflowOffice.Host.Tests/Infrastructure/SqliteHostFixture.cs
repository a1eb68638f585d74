using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Tests.Infrastructure;

/// <summary>The host on a fresh SQLite file, the README's embedded default (a class fixture: one file per class).</summary>
public sealed class SqliteHostFixture() : HostFixture(DatabaseProvider.Sqlite);
