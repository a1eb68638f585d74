using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Tests.Cases;

/// <summary>The cases host on a fresh PostgreSQL database (shared by <see cref="CasesCollection"/>).</summary>
public sealed class PostgresCasesFixture() : CasesFixture(DatabaseProvider.Postgres);
