namespace CxReviewBot.Cards.Model;

/// <summary>Teams-only card options (the <c>msteams</c> property).</summary>
public sealed record MsTeamsCardOptions
{
    /// <summary>Stretches the card to the full width of the message pane.</summary>
    public static readonly MsTeamsCardOptions FullWidth = new() { Width = "Full" };

    public string? Width { get; init; }
}
