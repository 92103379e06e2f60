using CxReviewBot.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CxReviewBot.Protocol.Auth;

/// <summary>
/// Entry point for <c>POST /api/messages</c>: authenticates the Authorization header against the activity's
/// channelId and serviceUrl. Never throws on bad input; a failure maps to 401.
/// </summary>
internal sealed class InboundAuthenticator(TokenValidator validator, IOptions<BotOptions> options, ILogger<InboundAuthenticator> logger)
{
    public async Task<AuthResult> AuthenticateAsync(string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        // No app id = local development: the Agents Playground sends no Authorization header at all.
        if (options.Value.IsDevelopmentMode)
        {
            AuthLog.DevelopmentModeAnonymous(logger);
            return AuthResult.Anonymous;
        }

        var result = await ValidateHeaderAsync(authorizationHeader, channelId, serviceUrl, cancellationToken);
        if (!result.Succeeded)
        {
            AuthLog.Rejected(logger, result.FailureReason!, channelId);
        }
        return result;
    }

    private async Task<AuthResult> ValidateHeaderAsync(string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return AuthResult.Failure(AuthFailure.MissingHeader);
        }
        return TokenRules.TryReadBearer(authorizationHeader, out var token)
            ? await validator.ValidateAsync(token, channelId, serviceUrl, cancellationToken)
            : AuthResult.Failure(AuthFailure.BadScheme);
    }
}
