using CxReviewBot.Cards.Metrics;

namespace CxReviewBot.Cards.Decisions;

/// <summary>
/// One decision as the decision card shows it: what, who, by when, its status, the metric it should move (with the
/// value when it was decided), who recorded it and its audit trail (oldest first). <see cref="CanEdit"/> and
/// <see cref="CanCancel"/> decide whether the Edit and Cancel buttons appear (open decisions, routes present).
/// <see cref="Version"/> travels in the Cancel button so a stale card cannot cancel a changed decision unseen.
/// Text, names and change descriptions are user text: the card puts them in TextRuns or escapes them.
/// </summary>
public sealed record DecisionView(string DecisionId, string Text, string Status)
{
    public string? ReviewName { get; init; }

    public string OwnerName { get; init; } = "";

    public DateOnly DueDate { get; init; }

    public string? Touchpoint { get; init; }

    public string? Metric { get; init; }

    public MetricUnit Unit { get; init; } = MetricUnit.Score;

    public double? ExpectedChange { get; init; }

    public DateOnly? ExpectedBy { get; init; }

    public double? BaselineValue { get; init; }

    public DateOnly? BaselinePeriodEnd { get; init; }

    public string RecordedBy { get; init; } = "";

    public DateTime RecordedAtUtc { get; init; }

    public int Version { get; init; }

    public IReadOnlyList<DecisionChangeLine> Changes { get; init; } = [];

    public bool CanEdit { get; init; }

    public bool CanCancel { get; init; }

    /// <summary>Whether this viewer may also give the decision to someone else (the Edit button then says so).</summary>
    public bool CanReassign { get; init; }

    /// <summary>A one-line confirmation on top, e.g. "Decision recorded".</summary>
    public string? Notice { get; init; }
}
