using CxReviewBot.Cards.Model;

namespace CxReviewBot.Cards;

/// <summary>The few element shapes every builder shares, so cards look alike.</summary>
internal static class CardParts
{
    public static AdaptiveCard Card(string fallbackText, IReadOnlyList<CardElement> body, IReadOnlyList<CardAction>? actions = null) =>
        new()
        {
            FallbackText = fallbackText,
            Body = body,
            Actions = actions is { Count: > 0 } ? actions : null,
            MsTeams = MsTeamsCardOptions.FullWidth,
        };

    public static TextBlock Heading(string text) =>
        new() { Text = text, Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Wrap = true };

    public static TextBlock Paragraph(string text) => new() { Text = text, Wrap = true };

    public static TextBlock Subtle(string text) => new() { Text = text, Wrap = true, IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None };

    /// <summary>A note everyone must see (e.g. "Posted late: …"): a warning sign, words and the attention colour.</summary>
    public static TextBlock Note(string text) => new()
    {
        Text = $"\u26A0 {CardText.EscapeMarkdown(CardText.Snippet(text, 400))}",
        Color = TextColor.Attention,
        Weight = TextWeight.Bolder,
        Wrap = true,
    };

    public static ExecuteAction CommandButton(string title, string command) =>
        new() { Title = title, Verb = CardVerbs.CommandRun, Data = ActionData.Of((CardDataKeys.Command, command)) };
}
