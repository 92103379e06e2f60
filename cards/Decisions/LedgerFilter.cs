using CxReviewBot.Cards.Agenda;

namespace CxReviewBot.Cards.Decisions;

/// <summary>
/// The ledger's filters. Touchpoint and owner match exactly (they come from choice lists built from the entries);
/// "did not move" keeps decisions judged <see cref="MoveOutcome.MovedWrongWay"/> or <see cref="MoveOutcome.NoChange"/>.
/// </summary>
public sealed record LedgerFilter
{
    public LedgerStatusFilter Status { get; init; } = LedgerStatusFilter.All;

    public string? Touchpoint { get; init; }

    public string? Owner { get; init; }

    public bool DidNotMove { get; init; }

    public bool IsEmpty => Status == LedgerStatusFilter.All && IsAny(Touchpoint) && IsAny(Owner) && !DidNotMove;

    public bool Matches(LedgerEntry entry) =>
        StatusMatches(entry)
        && (IsAny(Touchpoint) || string.Equals(entry.Touchpoint, Touchpoint, StringComparison.Ordinal))
        && (IsAny(Owner) || string.Equals(entry.OwnerName, Owner, StringComparison.Ordinal))
        && (!DidNotMove || entry.Outcome is MoveOutcome.MovedWrongWay or MoveOutcome.NoChange);

    public IReadOnlyList<LedgerEntry> Apply(IEnumerable<LedgerEntry> entries) => [.. entries.Where(Matches)];

    private static bool IsAny(string? value) => string.IsNullOrEmpty(value) || value == LedgerInputs.Any;

    private bool StatusMatches(LedgerEntry entry) => Status switch
    {
        LedgerStatusFilter.All => true,
        LedgerStatusFilter.Open => entry.Status == LedgerStatus.Open,
        LedgerStatusFilter.Overdue => entry.IsOverdue,
        LedgerStatusFilter.Done => entry.Status == LedgerStatus.Done,
        LedgerStatusFilter.Cancelled => entry.Status == LedgerStatus.Cancelled,
        _ => throw new ArgumentOutOfRangeException(nameof(entry), Status, null),
    };
}
