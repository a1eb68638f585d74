using System.Globalization;
using CsvHelper;
using WorkflowOffice.Host.Auth;

namespace WorkflowOffice.Host.Reports;

/// <summary>
/// <c>GET /reports/{name}.csv</c>: each report as CSV (UTF-8 with a byte-order mark so that spreadsheet programs
/// read the Arabic right), over the page's period (<c>?from=yyyy-MM-dd&amp;to=yyyy-MM-dd</c>). Satisfaction rows keep the
/// five-answer floor: small groups have empty figures.
/// </summary>
public static class ReportCsv
{
    public static readonly string[] ReaderRoles = [Roles.Admin, Roles.PolicyOwner, Roles.BoardMember, Roles.CommitteeMember];

    public static WebApplication MapReportCsv(this WebApplication app)
    {
        app.MapGet("/reports/{name}.csv", ExportAsync)
            .RequireAuthorization(policy => policy.RequireRole(ReaderRoles))
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ExportAsync(string name, string? from, string? to, ReportService reports, CancellationToken cancellationToken)
    {
        var period = ReportPeriod.Parse(from, to);
        var rows = name switch
        {
            "stages" => Table(["status", "cases"], (await reports.CasesByStageAsync(period, cancellationToken)).Select(r => new[] { r.Key, Text(r.Count) })),
            "channels" => Table(["channel", "cases"], (await reports.ChannelMixAsync(period, cancellationToken)).Select(r => new[] { r.Key, Text(r.Count) })),
            "steps" => Table(["step", "name", "completed", "averageHours", "averageDays"],
                (await reports.AverageTimePerStepAsync(period, cancellationToken)).Select(r => new[]
                {
                    r.ElementId, r.Name ?? "", Text(r.Completed), Text(Math.Round(r.Average.TotalHours, 2)), Text(Math.Round(r.Average.TotalDays, 2)),
                })),
            "committee" => Table(["month", "decided", "withinTwoWeeks", "sharePercent"],
                (await reports.CommitteeTimelinessAsync(period, cancellationToken)).Trend.Select(m => new[] { m.Month, Text(m.Decided), Text(m.WithinTwoWeeks), Text(Math.Round(m.Share, 1)) })),
            "satisfaction" => await SatisfactionAsync(reports, period, cancellationToken),
            _ => null,
        };
        if (rows is null)
        {
            return TypedResults.NotFound();
        }

        using var buffer = new MemoryStream();
        await using (var csv = CsvWriter.Create(buffer, new CsvWriterOptions { WriteByteOrderMark = true }, leaveOpen: true))
        {
            foreach (var row in rows)
            {
                csv.WriteRecord(row);
            }
        }

        return TypedResults.File(buffer.ToArray(), "text/csv; charset=utf-8", $"{name}.csv");
    }

    private static async Task<List<string[]>> SatisfactionAsync(ReportService reports, ReportPeriod period, CancellationToken cancellationToken)
    {
        var report = await reports.SatisfactionAsync(period, cancellationToken);
        return Table(
            ["dimension", "key", "answers", "csat", "nps", "shown"],
            report.ByService.Concat(report.ByChannel).Concat(report.Trend).Select(r => new[]
            {
                r.Dimension,
                r.Key,
                Text(r.Summary.AnswerCount),
                r.Summary.Figures is { } f ? Text(f.CsatAverage) : "",
                r.Summary.Figures?.Nps is { } nps ? Text(nps) : "",
                r.Summary.NotEnoughAnswers ? "false" : "true",
            }));
    }

    private static List<string[]> Table(string[] header, IEnumerable<string[]> rows) => [header, .. rows];

    private static string Text(IFormattable value) => value.ToString(null, CultureInfo.InvariantCulture);
}
