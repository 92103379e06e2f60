using CxReviewBot.Cards.Agenda;
using CxReviewBot.Data;
using CxReviewBot.Features.Decisions;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Agenda;

/// <summary>The decisions a review recorded in the week up to the agenda's date, per touchpoint, newest first.</summary>
internal static class AgendaDecisions
{
    public const int Days = 7;

    public static async Task<ILookup<long, AgendaDecision>> RecentAsync(CxDbContext db, long reviewId, DateOnly asOf, CancellationToken cancellationToken)
    {
        var from = asOf.AddDays(1 - Days).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var until = asOf.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var decisions = await db.Set<Decision>().AsNoTracking()
            .Where(d => d.ReviewId == reviewId && d.TouchpointId != null && d.Status != DecisionStatus.Cancelled
                && d.RecordedAtUtc >= from && d.RecordedAtUtc < until)
            .OrderByDescending(d => d.RecordedAtUtc).ThenByDescending(d => d.Id)
            .Select(d => new { TouchpointId = d.TouchpointId!.Value, d.Text, d.OwnerName, d.DueDate })
            .ToListAsync(cancellationToken);
        return decisions.ToLookup(d => d.TouchpointId, d => new AgendaDecision(d.Text, d.OwnerName, d.DueDate));
    }
}
