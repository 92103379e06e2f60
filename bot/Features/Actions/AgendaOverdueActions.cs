using CxReviewBot.Cards.Agenda;
using CxReviewBot.Data;
using CxReviewBot.Features.Agenda;
using CxReviewBot.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Actions;

/// <summary>
/// The agenda's "Overdue actions": open action items of the review (all reviews' without one) due before the as-of
/// date (today in the review's zone by default), most days overdue first.
/// </summary>
internal sealed class AgendaOverdueActions(CxDbContext db) : IAgendaSection
{
    public const int MaxActions = 50;

    public async Task<AgendaView> AddToAsync(AgendaView view, Review? review, DateOnly asOf, CancellationToken cancellationToken) =>
        view with { OverdueActions = await ForAgendaAsync(db, review?.Id, asOf, cancellationToken) };

    public static async Task<IReadOnlyList<OverdueAction>> ForAgendaAsync(CxDbContext db, long? reviewId, DateOnly asOf, CancellationToken cancellationToken)
    {
        var query = db.Set<ActionItem>().AsNoTracking().Where(a => a.Status == ActionItemStatus.Open && a.DueDate < asOf);
        if (reviewId is { } id)
        {
            query = query.Where(a => a.ReviewId == id);
        }
        var overdue = await query.OrderBy(a => a.DueDate).ThenBy(a => a.Title).ThenBy(a => a.Id).Take(MaxActions)
            .Select(a => new { a.Title, a.OwnerName, a.DueDate }).ToListAsync(cancellationToken);
        return [.. overdue.Select(a => new OverdueAction(a.Title, a.OwnerName, a.DueDate, asOf.DayNumber - a.DueDate.DayNumber))];
    }
}
