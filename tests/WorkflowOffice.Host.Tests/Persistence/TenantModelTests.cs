using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowOffice.Host.Persistence;
using WorkflowOffice.Host.Tests.Infrastructure;

namespace WorkflowOffice.Host.Tests.Persistence;

[Collection(HostCollection.Name)]
public sealed class TenantModelTests(PostgresHostFixture fixture)
{
    [Fact]
    public void EveryEntity_IsTenantOwnedWithAssociationIdColumn_UnlessDeclaredGlobal()
    {
        using var scope = fixture.Factory.Services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<WorkflowOfficeDbContext>().Model;

        var problems = new List<string>();
        foreach (var entity in model.GetEntityTypes().Where(e => !e.IsOwned()))
        {
            var tenantOwned = typeof(ITenantOwned).IsAssignableFrom(entity.ClrType);
            var global = WorkflowOfficeDbContext.GlobalEntityTypes.Contains(entity.ClrType);
            if (tenantOwned && global)
            {
                problems.Add($"{entity.ClrType.Name} is both tenant-owned and declared global");
            }
            else if (!tenantOwned && !global)
            {
                problems.Add($"{entity.ClrType.Name} ({entity.GetTableName()}) neither implements ITenantOwned nor is declared global");
            }
            else if (tenantOwned)
            {
                var column = entity.FindProperty(nameof(ITenantOwned.AssociationId));
                if (column is null || column.IsNullable || column.ClrType != typeof(Guid))
                {
                    problems.Add($"{entity.ClrType.Name} must map a non-null Guid AssociationId column");
                }
                else if (!entity.GetIndexes().Any(i => i.Properties[0] == column) && !entity.GetForeignKeys().Any(f => f.Properties[0] == column))
                {
                    problems.Add($"{entity.ClrType.Name}.AssociationId has no index: every tenant query filters on it");
                }
            }
        }

        problems.Should().BeEmpty();
        model.GetEntityTypes().Should().Contain(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType), "users belong to an association");
    }
}
