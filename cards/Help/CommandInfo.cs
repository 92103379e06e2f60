namespace CxReviewBot.Cards.Help;

/// <summary>A text command: its <paramref name="Name"/> as typed, a one-line description, who may run it, and its button label.</summary>
public sealed record CommandInfo(string Name, string Description, CommandRole Role, string ButtonTitle);
