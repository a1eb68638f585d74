namespace WorkflowOffice.Host.Reports;

/// <summary>The reports area: the service and the CSV downloads.</summary>
public static class ReportsExtensions
{
    public static IHostApplicationBuilder AddReports(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<ReportService>();
        return builder;
    }
}
