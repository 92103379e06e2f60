using CxReviewBot.Cards.Agenda;
using CxReviewBot.Data;
using CxReviewBot.Features.Agenda;
using CxReviewBot.Metrics;
using CxReviewBot.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Decisions;

/// <summary>The agenda's decided lines: what a review recorded in the week up to the agenda's date, under each touchpoint, newest first.</summary>
internal sealed class AgendaDecisions(CxDbContext db) : IAgendaSection
{
    public const int Days = 7;

    public async Task<AgendaView> AddToAsync(AgendaView view, Review? review, DateOnly asOf, CancellationToken cancellationToken)
    {
        if (review is null)
        {
            return view;
        }
        var decided = await RecentAsync(db, review.Id, asOf, cancellationToken);
        return view with { Touchpoints = [.. view.Touchpoints.Select(t => t with { Decisions = decided[t.Name].ToList() })] };
    }

    /// <returns>By touchpoint name.</returns>
    public static async Task<ILookup<string, AgendaDecision>> RecentAsync(CxDbContext db, long reviewId, DateOnly asOf, CancellationToken cancellationToken)
    {
        var since = asOf.AddDays(1 - Days).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var until = asOf.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var decisions = await (
            from d in db.Set<Decision>().AsNoTracking()
            where d.ReviewId == reviewId && d.TouchpointId != null && d.Status != DecisionStatus.Cancelled
                && d.RecordedAtUtc >= since && d.RecordedAtUtc < until
            join t in db.Set<Touchpoint>() on d.TouchpointId equals t.Id
            orderby d.RecordedAtUtc descending, d.Id descending
            select new { Touchpoint = t.Name, d.Text, d.OwnerName, d.DueDate })
            .ToListAsync(cancellationToken);
        return decisions.ToLookup(d => d.Touchpoint, d => new AgendaDecision(d.Text, d.OwnerName, d.DueDate), StringComparer.Ordinal);
    }
}
