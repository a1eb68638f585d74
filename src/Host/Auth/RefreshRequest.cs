using System.ComponentModel.DataAnnotations;

namespace WorkflowOffice.Host.Auth;

/// <summary>Body of <c>POST /api/auth/refresh</c>.</summary>
public sealed record RefreshRequest([Required] string RefreshToken);
