using System.ComponentModel.DataAnnotations;

namespace WorkflowOffice.Host.Auth;

/// <summary>Body of <c>POST /api/auth/login</c>.</summary>
public sealed record LoginRequest([Required, EmailAddress] string Email, [Required] string Password);
