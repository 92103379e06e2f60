namespace CxReviewBot.Cards.Decisions;

/// <summary>
/// What the ledger card shows: <see cref="Entries"/> already filtered and newest first, the filters that produced
/// them, the choices for the touchpoint and owner filters, and whether the bot answers the edit and cancel buttons.
/// <see cref="ReviewId"/> is empty when the ledger covers every review of the user (a 1:1 chat).
/// </summary>
public sealed record LedgerView(string ReviewId, string Title)
{
    public const int DefaultPageSize = 8;

    public IReadOnlyList<LedgerEntry> Entries { get; init; } = [];

    /// <summary>How many decisions there are before filtering.</summary>
    public int Unfiltered { get; init; }

    public LedgerFilter Filter { get; init; } = new();

    public IReadOnlyList<string> TouchpointOptions { get; init; } = [];

    public IReadOnlyList<string> OwnerOptions { get; init; } = [];

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = DefaultPageSize;

    public bool CanEdit { get; init; }

    public bool CanCancel { get; init; }

    /// <summary>Whether the bot answers "Details" (<see cref="CardVerbs.DecisionShow"/>: the decision with its audit trail).</summary>
    public bool CanShow { get; init; }
}
