using CxReviewBot.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CxReviewBot.Protocol.Auth;

/// <summary>
/// Validates a Bot Connector → bot JWT (protocol.md §1.1): RS256 only, key by <c>kid</c> from <see cref="OpenIdKeyCache"/>,
/// issuer, audience = app id, lifetime with 5 min skew, the key's endorsement of the channel and the <c>serviceurl</c> claim.
/// </summary>
internal sealed class TokenValidator(OpenIdKeyCache keyCache, IOptions<BotOptions> options, TimeProvider timeProvider)
{
    public const string ServiceUrlClaim = "serviceurl";
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly JsonWebTokenHandler _handler = new();

    public async Task<AuthResult> ValidateAsync(string token, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        JsonWebToken jwt;
        try
        {
            jwt = new JsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return AuthResult.Failure(AuthFailure.Malformed);
        }

        // Checked before any key lookup so "none" and HS256-with-the-public-key never reach a signature check.
        if (jwt.Alg != SecurityAlgorithms.RsaSha256)
        {
            return AuthResult.Failure(AuthFailure.BadAlgorithm);
        }

        var keys = await keyCache.GetAsync(cancellationToken);
        if (keys is null)
        {
            return AuthResult.Failure(AuthFailure.KeysUnavailable);
        }
        if (string.IsNullOrEmpty(jwt.Kid))
        {
            return AuthResult.Failure(AuthFailure.UnknownKey);
        }
        if (!keys.Keys.TryGetValue(jwt.Kid, out var signingKey))
        {
            keys = await keyCache.RefreshAsync(cancellationToken);
            if (keys is null || !keys.Keys.TryGetValue(jwt.Kid, out signingKey))
            {
                return AuthResult.Failure(AuthFailure.UnknownKey);
            }
        }

        var result = await _handler.ValidateTokenAsync(jwt, Parameters(signingKey));
        if (!result.IsValid)
        {
            return AuthResult.Failure(TokenRules.ReasonFor(result.Exception));
        }
        if (!TokenRules.IsEndorsed(signingKey.Endorsements, channelId))
        {
            return AuthResult.Failure(AuthFailure.MissingEndorsement);
        }
        if (!TokenRules.ServiceUrlMatches(result.ClaimsIdentity.FindFirst(ServiceUrlClaim)?.Value, serviceUrl))
        {
            return AuthResult.Failure(AuthFailure.ServiceUrlMismatch);
        }
        return AuthResult.Success(result.ClaimsIdentity);
    }

    private TokenValidationParameters Parameters(SigningKeyEntry signingKey) => new()
    {
        ValidIssuer = BotOptions.BotFrameworkIssuer,
        ValidAudience = options.Value.AppId,
        IssuerSigningKey = signingKey.Key,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        LifetimeValidator = ValidateLifetime,
    };

    // A delegate instead of IdentityModel's own check so that "now" comes from TimeProvider (testable clock).
    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters) =>
        TokenRules.CheckLifetime(notBefore, expires, timeProvider.GetUtcNow(), ClockSkew) switch
        {
            null => true,
            AuthFailure.Expired => throw new SecurityTokenExpiredException("Token expired.") { Expires = expires!.Value },
            AuthFailure.NotYetValid => throw new SecurityTokenNotYetValidException("Token not yet valid.") { NotBefore = notBefore!.Value },
            _ => false,
        };
}
