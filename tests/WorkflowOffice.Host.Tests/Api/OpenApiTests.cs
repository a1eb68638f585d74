using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WorkflowOffice.Host.Tests.Infrastructure;

namespace WorkflowOffice.Host.Tests.Api;

public abstract class OpenApiTests(HostFixture fixture)
{
    [Fact]
    public async Task OpenApiDocument_DescribesLoginAndDeclaresBearerScheme()
    {
        using var client = fixture.CreateClient();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        document.GetProperty("paths").TryGetProperty("/api/auth/login", out _).Should().BeTrue();
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        scheme.GetProperty("scheme").GetString().Should().Be("bearer");
    }

    [Fact]
    public async Task SwaggerUi_IsServed()
    {
        using var client = fixture.CreateClient(followRedirects: true);

        var response = await client.GetAsync("/swagger/index.html");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("swagger-ui");
    }

    [Fact]
    public async Task UnknownApiRoute_Returns404ProblemDetails()
    {
        using var client = fixture.CreateClient();

        var response = await client.GetAsync("/api/no-such-thing");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Collection(HostCollection.Name)]
    public sealed class OnPostgres(PostgresHostFixture fixture) : OpenApiTests(fixture);

    public sealed class OnSqlite(SqliteHostFixture fixture) : OpenApiTests(fixture), IClassFixture<SqliteHostFixture>;
}
