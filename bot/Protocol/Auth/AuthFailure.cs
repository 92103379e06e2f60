namespace CxReviewBot.Protocol.Auth;

/// <summary>Machine-readable reasons carried by <see cref="AuthResult.FailureReason"/> and written to the log.</summary>
internal static class AuthFailure
{
    public const string MissingHeader = "missing-header";
    public const string BadScheme = "bad-scheme";
    public const string Malformed = "malformed";
    public const string BadAlgorithm = "bad-algorithm";
    public const string UnknownKey = "unknown-key";
    public const string KeysUnavailable = "keys-unavailable";
    public const string BadSignature = "bad-signature";
    public const string Expired = "expired";
    public const string NotYetValid = "not-yet-valid";
    public const string InvalidLifetime = "invalid-lifetime";
    public const string WrongAudience = "wrong-audience";
    public const string WrongIssuer = "wrong-issuer";
    public const string MissingEndorsement = "missing-endorsement";
    public const string ServiceUrlMismatch = "serviceurl-mismatch";
    public const string InvalidToken = "invalid-token";
}
