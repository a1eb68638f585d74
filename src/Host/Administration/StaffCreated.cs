namespace WorkflowOffice.Host.Administration;

/// <summary>A created user and the temporary password, which is shown once and never stored in clear.</summary>
public sealed record StaffCreated(Guid Id, string Email, string TemporaryPassword);
