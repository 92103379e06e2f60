namespace CxReviewBot.Cards.Actions;

/// <summary>A person an action can be reassigned to; <see cref="Id"/> is what the bot receives back.</summary>
public sealed record ActionPerson(string Name, string Id);
