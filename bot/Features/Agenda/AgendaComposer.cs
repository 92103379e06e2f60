using System.Globalization;
using CxReviewBot.Cards;
using CxReviewBot.Cards.Agenda;
using CxReviewBot.Cards.Help;
using CxReviewBot.Cards.Metrics;
using CxReviewBot.Data;
using CxReviewBot.Metrics;
using CxReviewBot.Protocol.Routing;
using CxReviewBot.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Agenda;

/// <summary>
/// Builds the agenda's view from the same review pack the `report` verb prints, so every number on the card equals
/// the report's for the same review and date; adds trends, owners and the linkage insight.
/// </summary>
internal sealed class AgendaComposer(CxDbContext db, BotRoutes routes, IEnumerable<IAgendaSection>? sections = null)
{
    public const int TrendPoints = 12;

    /// <param name="review">Null = all touchpoints, no schedule.</param>
    public async Task<AgendaView> ComposeAsync(Review? review, DateOnly asOf, int page, CancellationToken cancellationToken)
    {
        IReadOnlyCollection<string>? scope = review is { TouchpointScope.Count: > 0 } ? review.TouchpointScope : null;
        var metrics = await db.Set<Metric>().AsNoTracking().ToDictionaryAsync(m => m.Id, cancellationToken);
        var allTouchpoints = await db.Set<Touchpoint>().AsNoTracking().ToDictionaryAsync(t => t.Id, cancellationToken);
        // One read of the observations serves both the pack (latest two, exactly as `report`) and the trends.
        var latest = await LatestRows.ObservationsAsync(db, asOf, TrendPoints, cancellationToken);
        var rows = ReviewPackQuery.FromLatest(metrics, allTouchpoints, latest, scope);
        var trends = AgendaTrends.From(metrics, latest);
        var insights = AgendaInsight.ByTouchpoint(await LinkageQuery.RunAsync(db, asOf, cancellationToken));
        var touchpoints = allTouchpoints.Values.Where(t => scope is null || scope.Contains(t.Name)).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();

        var byTouchpoint = rows.Where(r => !r.IsBusinessWide).ToLookup(r => r.TouchpointId!.Value);
        var view = new AgendaView(review?.Id.ToString(CultureInfo.InvariantCulture) ?? "", review?.Name ?? "All touchpoints", asOf)
        {
            MeetingTime = review is null ? null : ReviewClock.MeetingText(review),
            Headline = rows.Where(r => r.IsBusinessWide).Select(r => Line(r, trends)).ToList(),
            Touchpoints = touchpoints.Select(t => Summary(t, byTouchpoint[t.Id].ToList(), trends, insights)).ToList(),
            Page = Math.Max(1, page),
            RefreshUserIds = review?.Members.Select(m => m.TeamsUserId).Take(60).ToList() ?? [],
            CanRecordDecisions = routes.FindVerb(CardVerbs.DecisionRecord) is not null,
            CanGetReport = routes.FindCommand(CommandCatalog.Report) is not null,
        };
        foreach (var section in sections ?? [])
        {
            view = await section.AddToAsync(view, review, asOf, cancellationToken);
        }
        return view;
    }

    private static TouchpointSummary Summary(Touchpoint touchpoint, List<ReviewPackRow> rows, AgendaTrends trends, IReadOnlyDictionary<string, string> insights)
    {
        var lines = rows.Select(r => Line(r, trends)).ToList();
        return new TouchpointSummary(touchpoint.Name, touchpoint.Function)
        {
            OwnerName = touchpoint.OwnerName ?? (string.IsNullOrWhiteSpace(touchpoint.OwnerUpn) ? null : touchpoint.OwnerUpn),
            ExperienceMetrics = lines.Where(l => l.Kind == Cards.Metrics.MetricKind.Experience).ToList(),
            CommercialMetrics = lines.Where(l => l.Kind == Cards.Metrics.MetricKind.Commercial).ToList(),
            WorstStatus = lines.Count == 0 ? Cards.Metrics.MetricStatus.NoData : lines.Min(l => l.Status),
            LinkageInsight = insights.GetValueOrDefault(touchpoint.Name),
        };
    }

    internal static MetricLine Line(ReviewPackRow row, AgendaTrends trends) =>
        CardMetricLines.From(row, trends.For(row.TouchpointId, row.Metric));
}
