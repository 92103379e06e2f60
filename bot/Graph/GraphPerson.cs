namespace CxReviewBot.Graph;

internal sealed record GraphPerson(string AadId, string? Upn, string? DisplayName);
