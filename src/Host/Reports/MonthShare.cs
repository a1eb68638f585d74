namespace WorkflowOffice.Host.Reports;

/// <summary>One month of a trend: how many decisions, how many on time.</summary>
public sealed record MonthShare(string Month, int Decided, int WithinTwoWeeks)
{
    public double Share => Decided == 0 ? 0 : 100.0 * WithinTwoWeeks / Decided;
}
