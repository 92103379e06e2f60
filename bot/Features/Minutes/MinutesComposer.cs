using System.Globalization;
using CxReviewBot.Cards.Agenda;
using CxReviewBot.Cards.Decisions;
using CxReviewBot.Cards.Help;
using CxReviewBot.Cards.Metrics;
using CxReviewBot.Data;
using CxReviewBot.Features.Agenda;
using CxReviewBot.Features.Decisions;
using CxReviewBot.Features.Ledger;
using CxReviewBot.Metrics;
using CxReviewBot.Protocol.Routing;
using CxReviewBot.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Minutes;

/// <summary>
/// The minutes of one meeting (README, "Minutes"). The meeting's window runs from its agenda's post (the claim time
/// of its scheduled agenda, else its planned post time: start minus the lead time) to its end (start plus
/// <see cref="Review.MeetingMinutes"/>). Decisions: those recorded in the window and not cancelled. Deferred: the
/// touchpoints the agenda (as of the agenda's date) showed as needing a decision that got no decision in the window.
/// </summary>
internal sealed class MinutesComposer(CxDbContext db, AgendaComposer agenda, BotRoutes routes)
{
    /// <summary>The start of the latest meeting that has ended at <paramref name="nowUtc"/>.</summary>
    public static DateTime LastEnded(Review review, DateTime nowUtc) =>
        ReviewClock.LastMeeting(review, nowUtc - Duration(review));

    public static TimeSpan Duration(Review review) => TimeSpan.FromMinutes(Math.Max(1, review.MeetingMinutes));

    public async Task<MinutesView> ComposeAsync(Review review, DateTime occurrenceUtc, CancellationToken cancellationToken)
    {
        var end = occurrenceUtc + Duration(review);
        var start = await db.Set<AgendaOccurrence>().AsNoTracking().Where(o => o.ReviewId == review.Id && o.OccurrenceUtc == occurrenceUtc)
            .Select(o => (DateTime?)o.ClaimedAtUtc).FirstOrDefaultAsync(cancellationToken) ?? occurrenceUtc - TimeSpan.FromHours(review.LeadTimeHours);
        var decisions = await db.Set<Decision>().AsNoTracking()
            .Where(d => d.ReviewId == review.Id && d.Status != DecisionStatus.Cancelled && d.RecordedAtUtc >= start && d.RecordedAtUtc <= end)
            .OrderBy(d => d.RecordedAtUtc).ThenBy(d => d.Id).ToListAsync(cancellationToken);
        var touchpoints = await db.Set<Touchpoint>().AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var metrics = await db.Set<Metric>().AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
        var decided = decisions.Where(d => d.TouchpointId is not null).Select(d => touchpoints.GetValueOrDefault(d.TouchpointId!.Value)).ToHashSet(StringComparer.Ordinal);

        var agendaDate = ReviewClock.DateIn(review, start);
        var view = await agenda.ComposeAsync(review, agendaDate, 1, cancellationToken);
        var deferred = view.Touchpoints
            .Where(t => t.WorstStatus == Cards.Metrics.MetricStatus.DecisionNeeded && !decided.Contains(t.Name))
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
            .Select(t => new MinutesDeferred(t.Name, t.ExperienceMetrics.Concat(t.CommercialMetrics)
                .FirstOrDefault(m => m.Status == Cards.Metrics.MetricStatus.DecisionNeeded && !string.IsNullOrWhiteSpace(m.DecisionIfCrossed))?.DecisionIfCrossed))
            .ToList();

        return new MinutesView(review.Name, MeetingText(review, occurrenceUtc, end))
        {
            Decisions = [.. decisions.Select(d => LedgerQuery.Entry(d, review, touchpoints, metrics, end))],
            Deferred = deferred,
            CanListDecisions = routes.FindCommand(CommandCatalog.Decisions) is not null,
        };
    }

    public static string MeetingText(Review review, DateTime startUtc, DateTime endUtc)
    {
        var start = ReviewClock.LocalTime(review, startUtc);
        var end = ReviewClock.LocalTime(review, endUtc);
        return string.Create(CultureInfo.InvariantCulture, $"Meeting of {start:ddd d MMM yyyy HH:mm}\u2013{end:HH:mm} ({review.TimeZoneId})");
    }
}
