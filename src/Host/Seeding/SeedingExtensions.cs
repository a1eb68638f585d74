namespace WorkflowOffice.Host.Seeding;

/// <summary>Registers the seeder (section <c>Seeding</c>).</summary>
public static class SeedingExtensions
{
    public static IHostApplicationBuilder AddSeeding(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<SeedingOptions>(builder.Configuration.GetSection(SeedingOptions.SectionName));

        // Demo users share one published password: a host outside Development must never have them.
        if (builder.Configuration.GetValue<bool>($"{SeedingOptions.SectionName}:{nameof(SeedingOptions.DemoData)}") && !builder.Environment.IsDevelopment())
        {
            throw new Startup.StartupConfigurationException(
                $"Seeding:DemoData is on but the environment is {builder.Environment.EnvironmentName}; demo users are only seeded in Development.");
        }

        builder.Services.AddScoped<Seeder>();
        return builder;
    }

    public static async Task SeedAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Seeder>().SeedAsync(cancellationToken);
    }
}
