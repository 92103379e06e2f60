namespace CxReviewBot.Cards.Help;

/// <summary>
/// What the help card shows: <see cref="Commands"/> (normally <see cref="CommandCatalog.All"/>) and, when the user typed
/// something we did not recognise, that text in <see cref="UnknownText"/> (quoted back verbatim, never as markdown).
/// </summary>
public sealed record HelpView
{
    public IReadOnlyList<CommandInfo> Commands { get; init; } = CommandCatalog.All;

    public string? UnknownText { get; init; }

    /// <summary>The user's roles where they asked, in words (e.g. "Your roles in WBR: member, CX lead."); null leaves the line out.</summary>
    public string? YourRoles { get; init; }
}
