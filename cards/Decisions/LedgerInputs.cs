namespace CxReviewBot.Cards.Decisions;

/// <summary>Ids of the ledger card's filter inputs (the keys their values arrive under) and their wire values.</summary>
public static class LedgerInputs
{
    public const string Status = "ledgerStatus";
    public const string Touchpoint = "ledgerTouchpoint";
    public const string Owner = "ledgerOwner";
    public const string DidNotMove = "ledgerDidNotMove";

    /// <summary>The value of the "any" choice of the touchpoint and owner filters.</summary>
    public const string Any = "*";

    public static string Wire(LedgerStatusFilter status) => status.ToString().ToLowerInvariant();

    /// <summary>The status filter a wire value names; unknown or empty values mean all.</summary>
    public static LedgerStatusFilter ParseStatus(string? value) =>
        Enum.GetValues<LedgerStatusFilter>().FirstOrDefault(s => Wire(s) == value?.Trim().ToLowerInvariant());
}
