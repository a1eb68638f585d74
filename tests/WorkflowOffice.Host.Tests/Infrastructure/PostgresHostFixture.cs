using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Tests.Infrastructure;

/// <summary>The host on a fresh PostgreSQL database (shared by <see cref="HostCollection"/>).</summary>
public sealed class PostgresHostFixture() : HostFixture(DatabaseProvider.Postgres);
