using System.Net;
using WorkflowOffice.Host.Tests.Infrastructure;

namespace WorkflowOffice.Host.Tests.Health;

public abstract class HealthTests(HostFixture fixture)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task HealthEndpoint_Returns200Anonymously_WhenDatabaseIsMigrated(string path)
    {
        using var client = fixture.CreateClient();

        var response = await client.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy");
    }

    [Collection(HostCollection.Name)]
    public sealed class OnPostgres(PostgresHostFixture fixture) : HealthTests(fixture);

    public sealed class OnSqlite(SqliteHostFixture fixture) : HealthTests(fixture), IClassFixture<SqliteHostFixture>;
}
