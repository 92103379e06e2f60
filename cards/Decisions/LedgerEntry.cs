using CxReviewBot.Cards.Agenda;

namespace CxReviewBot.Cards.Decisions;

/// <summary>
/// One decision on the ledger or in the minutes: its text and owner (typed by people, quoted without markdown), due
/// date, status, how many days it is overdue (0 = not overdue), the touchpoint and metric it targets, the expected
/// change as the bot wants it shown (e.g. "+0.3 by 2026-12-31") and, once judged, whether the metric moved.
/// </summary>
public sealed record LedgerEntry(string DecisionId, string Text, string OwnerName, DateOnly Due, LedgerStatus Status)
{
    public DateOnly DecidedOn { get; init; }

    /// <summary>The decision's version when listed; sent with Cancel so a decision changed meanwhile is not cancelled blindly.</summary>
    public int? Version { get; init; }

    public int DaysOverdue { get; init; }

    /// <summary>The review's name, shown when the ledger spans several reviews.</summary>
    public string? ReviewName { get; init; }

    public string? Touchpoint { get; init; }

    public string? Metric { get; init; }

    public string? Expected { get; init; }

    public MoveOutcome? Outcome { get; init; }

    /// <summary>Whether the bot will judge this decision once its "by when" passes (a metric and a date were given).</summary>
    public bool AwaitsJudgement { get; init; }

    public bool IsOverdue => Status == LedgerStatus.Open && DaysOverdue > 0;
}
