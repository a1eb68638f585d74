using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Browser.Tests.Infrastructure;

/// <summary>The browser host on a fresh PostgreSQL database (shared by <see cref="BrowserCollection"/>).</summary>
public sealed class PostgresBrowserFixture() : BrowserHostFixture(DatabaseProvider.Postgres);
