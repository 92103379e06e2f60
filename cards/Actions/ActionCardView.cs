namespace CxReviewBot.Cards.Actions;

/// <summary>
/// One action item as its card shows it. <see cref="Today"/> is the viewer's local date (for "overdue by n days");
/// <see cref="Banner"/> says why the card was sent (reminder, nudge, escalation); <see cref="ShowButtons"/> is false
/// on cards for people who may not act on the item (e.g. the manager it was escalated to).
/// </summary>
public sealed record ActionCardView
{
    public const int MaxHistory = 6;

    public required string ActionId { get; init; }

    public required string Title { get; init; }

    public required string OwnerName { get; init; }

    public required DateOnly DueDate { get; init; }

    public required DateOnly Today { get; init; }

    public ActionCardState State { get; init; } = ActionCardState.Open;

    public string? DecisionText { get; init; }

    public string? ReviewName { get; init; }

    public string? Banner { get; init; }

    public DateOnly? SnoozedUntil { get; init; }

    /// <summary>Newest first; the card shows the first <see cref="MaxHistory"/>.</summary>
    public IReadOnlyList<ActionHistoryLine> History { get; init; } = [];

    /// <summary>Whom the action may be reassigned to (the review's members); empty hides Reassign.</summary>
    public IReadOnlyList<ActionPerson> Members { get; init; } = [];

    public bool ShowButtons { get; init; } = true;

    /// <summary>What the last button did, or why it changed nothing; shown under the banner.</summary>
    public string? Notice { get; init; }

    /// <summary>
    /// Why the last reassignment was refused. The card then shows the new-owner input (holding <see cref="NewOwnerId"/>,
    /// what the user chose) open with this error under it, and Reassign submits it.
    /// </summary>
    public string? ReassignError { get; init; }

    public string? NewOwnerId { get; init; }
}
