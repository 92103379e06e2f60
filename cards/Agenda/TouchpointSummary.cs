using CxReviewBot.Cards.Metrics;

namespace CxReviewBot.Cards.Agenda;

/// <summary>
/// One touchpoint on the agenda: its business function, its owner's display name (null = no owner, which the card flags),
/// its experience metrics beside its commercial ones, its worst status, the owner's latest check-in answer and a linkage
/// insight ("promoters here renew at 94%, detractors at 61%"). Names and metric texts come from imports; the check-in
/// answer is user text and is quoted without markdown.
/// </summary>
public sealed record TouchpointSummary(string Name, string Function)
{
    public string? OwnerName { get; init; }

    public IReadOnlyList<MetricLine> ExperienceMetrics { get; init; } = [];

    public IReadOnlyList<MetricLine> CommercialMetrics { get; init; } = [];

    public MetricStatus WorstStatus { get; init; } = MetricStatus.NoData;

    public string? CheckInAnswer { get; init; }

    public string? LinkageInsight { get; init; }

    /// <summary>Decisions recorded for this touchpoint in the last week (user text: shown without markdown).</summary>
    public IReadOnlyList<AgendaDecision> Decisions { get; init; } = [];
}
