namespace WorkflowOffice.Host.Inquiries;

/// <summary>An enquiry (STEP-1, GOAL-3); answered now when <paramref name="Answer"/> is given, otherwise by a relations officer's task.</summary>
public sealed record InquiryRequest(string? Channel, string? Question, string? Answer, string? ContactName, string? Mobile);
