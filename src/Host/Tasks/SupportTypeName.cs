namespace WorkflowOffice.Host.Tasks;

/// <summary>A support type's code and its names, for filters and labels.</summary>
public sealed record SupportTypeName(string Code, string NameAr, string NameEn);
