namespace CxReviewBot.TestKit;

/// <summary>Knobs for one minted token; defaults make a token the bot must accept for a Teams activity.</summary>
public sealed class TokenSpec
{
    public string? Audience { get; set; }
    public string? Issuer { get; set; } = FakeBotFrameworkIdentity.BotFrameworkIssuer;

    /// <summary>The <c>serviceurl</c> claim; null leaves the claim out.</summary>
    public string? ServiceUrl { get; set; } = FakeBotFrameworkIdentity.DefaultServiceUrl;

    public DateTimeOffset NotBefore { get; set; }
    public DateTimeOffset Expires { get; set; }

    /// <summary>The signing key; defaults to <see cref="FakeBotFrameworkIdentity.DefaultKey"/>.</summary>
    public FakeSigningKey? Key { get; set; }

    /// <summary>Overrides the header <c>kid</c> (default: the signing key's kid).</summary>
    public string? Kid { get; set; }

    public TokenAlgorithm Algorithm { get; set; } = TokenAlgorithm.RS256;

    public Dictionary<string, object> ExtraClaims { get; } = [];
}
