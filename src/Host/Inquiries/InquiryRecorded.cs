namespace WorkflowOffice.Host.Inquiries;

/// <summary>The recorded enquiry and the inquiry-only case that carries it.</summary>
public sealed record InquiryRecorded(Guid Id, Guid CaseId, string Reference, string Status);
