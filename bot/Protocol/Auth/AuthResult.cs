using System.Security.Claims;

namespace CxReviewBot.Protocol.Auth;

/// <summary>Outcome of authenticating one inbound request; <see cref="FailureReason"/> is one of <see cref="AuthFailure"/>.</summary>
internal sealed record AuthResult(bool Succeeded, string? FailureReason, ClaimsIdentity? Identity)
{
    /// <summary>Development mode: nobody was authenticated, the request is let through.</summary>
    public static AuthResult Anonymous { get; } = new(true, null, new ClaimsIdentity());

    public static AuthResult Success(ClaimsIdentity identity) => new(true, null, identity);

    public static AuthResult Failure(string reason) => new(false, reason, null);
}
