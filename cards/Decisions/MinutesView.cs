namespace CxReviewBot.Cards.Decisions;

/// <summary>
/// The minutes of one meeting: when it met (as the bot wants it shown), the decisions recorded in it, escalations
/// resolved (the section is left out when there are none) and touchpoints deferred.
/// </summary>
public sealed record MinutesView(string ReviewName, string MeetingText)
{
    public IReadOnlyList<LedgerEntry> Decisions { get; init; } = [];

    public IReadOnlyList<string> EscalationsResolved { get; init; } = [];

    public IReadOnlyList<MinutesDeferred> Deferred { get; init; } = [];

    /// <summary>Whether the bot answers `decisions`, behind the "Open the ledger" button.</summary>
    public bool CanListDecisions { get; init; }
}
