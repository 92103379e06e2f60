namespace CxReviewBot.Features.Setup;

/// <summary>Someone in the conversation: the id the card sends back (Entra id, else Teams id), their Teams id and name.</summary>
internal sealed record SetupRosterMember(string PickId, string TeamsUserId, string? AadObjectId, string Name);
