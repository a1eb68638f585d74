namespace WorkflowOffice.Host.Reports;

/// <summary>Committee decisions taken within the two weeks of STEP-5: overall share and by month of decision.</summary>
public sealed record CommitteeTimeliness(int Decided, int WithinTwoWeeks, IReadOnlyList<MonthShare> Trend)
{
    public double Share => Decided == 0 ? 0 : 100.0 * WithinTwoWeeks / Decided;
}
