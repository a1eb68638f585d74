namespace WorkflowOffice.Host.Seeding;

/// <summary>Registers the seeder (section <c>Seeding</c>).</summary>
public static class SeedingExtensions
{
    public static IHostApplicationBuilder AddSeeding(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<SeedingOptions>(builder.Configuration.GetSection(SeedingOptions.SectionName));
        builder.Services.AddScoped<Seeder>();
        return builder;
    }

    public static async Task SeedAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Seeder>().SeedAsync(cancellationToken);
    }
}
