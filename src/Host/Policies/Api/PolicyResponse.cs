namespace WorkflowOffice.Host.Policies.Api;

/// <summary>A policy and its published edition, if any.</summary>
public sealed record PolicyResponse(string Key, string NameAr, string NameEn, int? PublishedEdition, int? PublishedYear);
