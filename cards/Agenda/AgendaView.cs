using CxReviewBot.Cards.Metrics;

namespace CxReviewBot.Cards.Agenda;

/// <summary>
/// Everything the agenda card shows, filled by the bot. <see cref="Touchpoints"/> holds every touchpoint of the review
/// (the card sorts them worst first and pages them); <see cref="Page"/> counts from 1. The escalation, overdue and
/// "did it move?" sections appear on page 1 only. With <see cref="SparklineBaseUrl"/> set, trends are images from that
/// chart service (the values are appended as a <c>values</c> query parameter); otherwise Unicode block sparklines.
/// <see cref="RefreshUserIds"/> are the MRIs whose clients auto-refresh the card (at most 60 are used).
/// </summary>
public sealed record AgendaView(string ReviewId, string ReviewName, DateOnly AsOf)
{
    public const int DefaultPageSize = 10;

    public const int MaxPageSize = 25;

    /// <summary>When the review meets, as the bot wants it shown, e.g. "Monday 09:00 (Europe/Berlin)".</summary>
    public string? MeetingTime { get; init; }

    /// <summary>A note for everyone reading the card (e.g. that it was posted late), shown under the title.</summary>
    public string? Notice { get; init; }

    /// <summary>
    /// The scheduled meeting this card was posted for, opaque to the card: refresh and paging carry it back
    /// (<see cref="CardDataKeys.Occurrence"/>) so the bot can show the same <see cref="Notice"/> again.
    /// </summary>
    public string? Occurrence { get; init; }

    public IReadOnlyList<MetricLine> Headline { get; init; } = [];

    public IReadOnlyList<TouchpointSummary> Touchpoints { get; init; } = [];

    public IReadOnlyList<EscalationSummary> Escalations { get; init; } = [];

    public IReadOnlyList<OverdueAction> OverdueActions { get; init; } = [];

    public IReadOnlyList<MoveResult> MoveResults { get; init; } = [];

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = DefaultPageSize;

    public Uri? SparklineBaseUrl { get; init; }

    public IReadOnlyList<string> RefreshUserIds { get; init; } = [];

    /// <summary>Whether the bot answers "Record decision"; without it the buttons are left out rather than dead.</summary>
    public bool CanRecordDecisions { get; init; } = true;

    /// <summary>Whether the bot answers the `report` command behind the "Get report" button.</summary>
    public bool CanGetReport { get; init; } = true;
}
