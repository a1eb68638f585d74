namespace WorkflowOffice.Host.PublicApi;

/// <summary>GOAL-5: CSAT 1–5, NPS 0–10, a comment; may be anonymous.</summary>
public sealed record SurveyAnswerRequest(int Csat, int? Nps, string? Comment, bool Anonymous = false);
