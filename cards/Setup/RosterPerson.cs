namespace CxReviewBot.Cards.Setup;

/// <summary>Someone who can be picked as a member or CX lead: their Entra object id (the value sent back) and display name.</summary>
public sealed record RosterPerson(string Id, string Name);
