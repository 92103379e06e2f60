using System.Globalization;
using System.Text.Json.Nodes;
using CxReviewBot.Cards;
using CxReviewBot.Cards.Actions;
using CxReviewBot.Data;
using CxReviewBot.Protocol.Activities;
using CxReviewBot.Protocol.Routing;
using CxReviewBot.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Actions;

/// <summary>`actions [page]`: the sender's open actions, grouped overdue / this week / later (dates in their first review's zone).</summary>
internal sealed class ActionsCommand(CxDbContext db, TimeProvider time)
{
    public const string Summary = "My open actions";

    public async Task RunAsync(TurnContext turn, string arguments, CancellationToken cancellationToken)
    {
        var page = int.TryParse(arguments.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1;
        await turn.SendCardAsync(await ListCardAsync(turn, page, cancellationToken), Summary, cancellationToken);
    }

    public async Task<InvokeResponseBody> PageAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken) =>
        InvokeResult.Card(await ListCardAsync(turn, action.GetInt(CardDataKeys.Page) ?? 1, cancellationToken));

    public async Task<JsonNode> ListCardAsync(TurnContext turn, int page, CancellationToken cancellationToken)
    {
        var userId = turn.User.Id ?? "";
        var aad = turn.User.EntraId;
        var rows = await (
            from a in db.Set<ActionItem>().AsNoTracking()
            where a.Status == ActionItemStatus.Open && (a.OwnerTeamsUserId == userId || (aad != null && a.OwnerAadObjectId == aad))
            join r in db.Set<Review>() on a.ReviewId equals r.Id into reviews
            from r in reviews.DefaultIfEmpty()
            select new { a.Id, a.Title, a.DueDate, a.SnoozedUntilUtc, ReviewName = r == null ? null : r.Name, Zone = r == null ? null : r.TimeZoneId })
            .ToListAsync(cancellationToken);
        var zone = rows.Select(r => r.Zone).FirstOrDefault(z => z is not null) is { } id ? TimeZoneInfo.FindSystemTimeZoneById(id) : TimeZoneInfo.Utc;
        var now = time.GetUtcNow();
        var view = new ActionListView
        {
            Today = ReviewClock.DateIn(zone, now.UtcDateTime),
            Page = page,
            Rows = [.. rows.Select(r => new ActionListRow(r.Id.ToString(CultureInfo.InvariantCulture), r.Title, r.DueDate)
            {
                ReviewName = r.ReviewName,
                SnoozedUntil = r.SnoozedUntilUtc is { } until && until > now.UtcDateTime ? ReviewClock.DateIn(zone, until) : null,
            })],
        };
        return CardSerializer.ToJsonNode(ActionListCard.Build(view));
    }
}
