using CxReviewBot.Cards.Agenda;
using CxReviewBot.Data;
using CxReviewBot.Features.Agenda;
using CxReviewBot.Features.Decisions;
using CxReviewBot.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Judge;

/// <summary>
/// The agenda's "Did it move?" section: decisions judged since the last meeting before the agenda's date (the latest
/// meeting start before midnight of the as-of date in the review's zone), most recently judged first. Without a review:
/// every decision judged in the 7 days before the as-of date.
/// </summary>
internal sealed class MoveAgendaResults(CxDbContext db) : IAgendaSection
{
    public const int MaxResults = 50;

    public async Task<AgendaView> AddToAsync(AgendaView view, Review? review, DateOnly asOf, CancellationToken cancellationToken) =>
        view with { MoveResults = await ForAgendaAsync(db, review, asOf, cancellationToken) };

    public static async Task<IReadOnlyList<MoveResult>> ForAgendaAsync(CxDbContext db, Review? review, DateOnly asOf, CancellationToken cancellationToken)
    {
        var since = Since(review, asOf);
        var query = db.Set<Decision>().AsNoTracking().Where(d => d.Outcome != null && d.OutcomeJudgedAtUtc >= since);
        if (review is not null)
        {
            query = query.Where(d => d.ReviewId == review.Id);
        }
        var judged = await query.OrderByDescending(d => d.OutcomeJudgedAtUtc).ThenBy(d => d.Id).Take(MaxResults)
            .Select(d => new { d.Text, d.Outcome }).ToListAsync(cancellationToken);
        return [.. judged.Select(d => new MoveResult(d.Text, d.Outcome!.Value))];
    }

    public static DateTime Since(Review? review, DateOnly asOf)
    {
        if (review is null)
        {
            return asOf.AddDays(-7).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        }
        return ReviewClock.MeetingBefore(review, asOf);
    }
}
