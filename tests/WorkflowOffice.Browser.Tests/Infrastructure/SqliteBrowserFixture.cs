using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Browser.Tests.Infrastructure;

/// <summary>The browser host on a fresh SQLite file, the README's embedded default (a class fixture: one file per class).</summary>
public sealed class SqliteBrowserFixture() : BrowserHostFixture(DatabaseProvider.Sqlite);
