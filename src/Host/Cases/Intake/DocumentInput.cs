namespace WorkflowOffice.Host.Cases.Intake;

/// <summary>A document provided with a request (TOOL-3); the file is optional and limited in size and type.</summary>
public sealed record DocumentInput(string? Type, string? Number, DateOnly? ExpiresOn, string? FileName, string? ContentType, string? ContentBase64);
