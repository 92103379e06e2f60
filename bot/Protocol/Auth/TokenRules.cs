using Microsoft.IdentityModel.Tokens;

namespace CxReviewBot.Protocol.Auth;

/// <summary>The Bot Framework checks that IdentityModel does not do for us, as pure functions.</summary>
internal static class TokenRules
{
    public static bool TryReadBearer(string? authorizationHeader, out string token)
    {
        token = "";
        var header = authorizationHeader?.Trim();
        const string scheme = "Bearer ";
        if (header is null || !header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        token = header[scheme.Length..].Trim();
        return token.Length > 0;
    }

    /// <summary>A key that endorses nothing is rejected too, as botbuilder-dotnet does for channel tokens.</summary>
    public static bool IsEndorsed(IReadOnlySet<string> endorsements, string? channelId) =>
        !string.IsNullOrEmpty(channelId) && endorsements.Contains(channelId);

    public static bool ServiceUrlMatches(string? claimedServiceUrl, string? activityServiceUrl) =>
        !string.IsNullOrWhiteSpace(claimedServiceUrl)
        && !string.IsNullOrWhiteSpace(activityServiceUrl)
        && string.Equals(claimedServiceUrl.TrimEnd('/'), activityServiceUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    /// <summary>Null when <paramref name="now"/> lies within [nbf - skew, exp + skew]; an exp claim is required.</summary>
    public static string? CheckLifetime(DateTime? notBefore, DateTime? expires, DateTimeOffset now, TimeSpan clockSkew) =>
        expires is not { } exp ? AuthFailure.InvalidLifetime
        : notBefore is { } nbf && nbf > exp ? AuthFailure.InvalidLifetime
        : now.UtcDateTime > exp.ToUniversalTime() + clockSkew ? AuthFailure.Expired
        : notBefore is { } start && now.UtcDateTime < start.ToUniversalTime() - clockSkew ? AuthFailure.NotYetValid
        : null;

    public static string ReasonFor(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => AuthFailure.Expired,
        SecurityTokenNotYetValidException => AuthFailure.NotYetValid,
        SecurityTokenNoExpirationException or SecurityTokenInvalidLifetimeException => AuthFailure.InvalidLifetime,
        SecurityTokenInvalidAudienceException => AuthFailure.WrongAudience,
        SecurityTokenInvalidIssuerException => AuthFailure.WrongIssuer,
        SecurityTokenInvalidAlgorithmException => AuthFailure.BadAlgorithm,
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => AuthFailure.BadSignature,
        SecurityTokenMalformedException => AuthFailure.Malformed,
        _ => AuthFailure.InvalidToken,
    };
}
