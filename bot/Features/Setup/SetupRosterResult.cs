namespace CxReviewBot.Features.Setup;

/// <summary>The pickable people and whether they came from the conversation's roster (false = people the bot has met).</summary>
internal sealed record SetupRosterResult(IReadOnlyList<SetupRosterMember> Members, bool FromConnector);
