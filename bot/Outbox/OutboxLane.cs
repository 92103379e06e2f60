namespace CxReviewBot.Outbox;

/// <summary>The due messages of one conversation (or one user's 1:1 chat), in the order they must be sent.</summary>
internal sealed record OutboxLane(IReadOnlyList<long> MessageIds);
