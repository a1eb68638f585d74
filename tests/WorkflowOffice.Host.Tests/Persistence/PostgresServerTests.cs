using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowOffice.Host.Persistence;
using WorkflowOffice.Host.Tests.Infrastructure;

namespace WorkflowOffice.Host.Tests.Persistence;

[Collection(HostCollection.Name)]
public sealed class PostgresServerTests(PostgresHostFixture fixture)
{
    [Fact]
    public async Task HostDatabase_IsRealPostgreSql()
    {
        using var scope = fixture.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowOfficeDbContext>();

        var version = await db.Database.SqlQueryRaw<string>("select version() as \"Value\"").SingleAsync();

        db.Database.ProviderName.Should().Be("Npgsql.EntityFrameworkCore.PostgreSQL");
        version.Should().StartWith("PostgreSQL ");
    }

    [Fact]
    public async Task DemoSeeding_CreatesBothAssociationsAndOneUserPerRole()
    {
        using var scope = fixture.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowOfficeDbContext>();

        var codes = await db.Associations.Select(a => a.Code).OrderBy(c => c).ToListAsync();
        var batoor = await db.Associations.SingleAsync(a => a.Code == "BTR");
        // Other tests of the shared database add associations and users of their own: count the demo ones.
        var batoorUsers = await db.Users.CountAsync(u => u.AssociationId == batoor.Id && u.Email!.EndsWith("@batoor.demo"));

        codes.Should().Contain(["BTR", "ZLF"]);
        batoor.NameAr.Should().Be("جمعية رعاية مبتوري الأطراف");
        batoorUsers.Should().Be(6);
    }
}
