namespace CxReviewBot.Cards.Model;

/// <summary>Action.OpenUrl: opens <see cref="Url"/> in the browser or a Teams deep link.</summary>
public sealed record OpenUrlAction : CardAction
{
    public required Uri Url { get; init; }
}
