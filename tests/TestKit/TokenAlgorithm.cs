namespace CxReviewBot.TestKit;

/// <summary>How <see cref="FakeBotFrameworkIdentity.MintToken"/> signs: properly, not at all, or the HS256 key-confusion attack.</summary>
public enum TokenAlgorithm
{
    RS256,
    None,
    HS256WithPublicKey,
}
