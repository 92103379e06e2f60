using System.Globalization;
using CxReviewBot.Cards;
using CxReviewBot.Cards.Decisions;
using CxReviewBot.Cards.Help;
using CxReviewBot.Cards.Notice;
using CxReviewBot.Data;
using CxReviewBot.Features.Decisions;
using CxReviewBot.Protocol.Activities;
using CxReviewBot.Protocol.Routing;
using CxReviewBot.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Ledger;

/// <summary>
/// `decisions`: in a review's conversation, that review's decisions (members only); in a 1:1 chat, the decisions of
/// every review the user is a member of. <c>decisions.filter</c> answers with the card filtered and paged.
/// </summary>
internal sealed class LedgerCommands(CxDbContext db, BotRoutes routes, TimeProvider time)
{
    public const string Summary = "Decision ledger";
    public const string NoReviewsTitle = "You are not a member of any review yet";
    public const string NoReviewHereTitle = "No review is set up in this conversation";
    public const string NotAllowedTitle = "Only members of this review can see its decisions";

    public async Task ShowAsync(TurnContext turn, string arguments, CancellationToken cancellationToken)
    {
        var (reviews, single, refusal) = await ScopeAsync(turn, null, cancellationToken);
        if (refusal is not null)
        {
            await turn.SendCardAsync(CardSerializer.ToJsonNode(NoticeCard.Build(refusal)), refusal.Title, cancellationToken);
            return;
        }
        var card = await BuildAsync(turn, reviews, single, new LedgerFilter(), 1, cancellationToken);
        await turn.SendCardAsync(CardSerializer.ToJsonNode(card), Summary, cancellationToken);
    }

    public async Task<InvokeResponseBody> FilterAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var reviewId = action.GetString(CardDataKeys.ReviewId);
        long? id = null;
        if (!string.IsNullOrEmpty(reviewId))
        {
            if (!long.TryParse(reviewId, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return InvokeResult.BadRequest("This review no longer exists. Type 'decisions' to start again.");
            }
            id = parsed;
        }
        var (reviews, single, refusal) = await ScopeAsync(turn, id, cancellationToken);
        if (refusal is not null)
        {
            return refusal.Kind == NoticeKind.Warning ? InvokeResult.Forbidden($"{refusal.Title}. {refusal.Message}") : InvokeResult.BadRequest(refusal.Message ?? refusal.Title);
        }
        var filter = new LedgerFilter
        {
            Status = LedgerInputs.ParseStatus(action.GetString(LedgerInputs.Status)),
            Touchpoint = action.GetString(LedgerInputs.Touchpoint),
            Owner = action.GetString(LedgerInputs.Owner),
            DidNotMove = string.Equals(action.GetString(LedgerInputs.DidNotMove), "true", StringComparison.OrdinalIgnoreCase),
        };
        var page = Math.Max(1, action.GetInt(CardDataKeys.Page) ?? 1);
        return InvokeResult.Card(CardSerializer.ToJsonNode(await BuildAsync(turn, reviews, single, filter, page, cancellationToken)));
    }

    private async Task<(List<Review> Reviews, Review? Single, NoticeView? Refusal)> ScopeAsync(TurnContext turn, long? reviewId, CancellationToken cancellationToken)
    {
        Review? review = reviewId is { } id
            ? await db.Set<Review>().Include(r => r.Members).SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            : await ReviewLookup.ForConversationAsync(db, turn.ConversationId, cancellationToken);
        if (reviewId is not null && review is null)
        {
            return ([], null, new NoticeView(NoticeKind.Error, "This review no longer exists") { Message = "Type 'decisions' to start again." });
        }
        if (review is not null)
        {
            var refusal = await ReviewAccess.RefusalAsync(turn, db, review, CommandRole.ReviewMember, "see its decisions", cancellationToken);
            return refusal is null ? ([review], review, null) : ([], null, new NoticeView(NoticeKind.Warning, NotAllowedTitle) { Message = refusal });
        }
        if (turn.ConversationType != "personal")
        {
            return ([], null, new NoticeView(NoticeKind.Info, NoReviewHereTitle)
            {
                Message = "Decisions belong to a review. A CX lead can type 'setup' here; in a 1:1 chat with me, 'decisions' lists those of every review you are a member of.",
            });
        }
        var mine = await LedgerQuery.ReviewsOfUserAsync(db, turn.User.Id ?? "", turn.User.EntraId, cancellationToken);
        return mine.Count > 0 ? (mine, null, null) : ([], null, new NoticeView(NoticeKind.Info, NoReviewsTitle)
        {
            Message = "Here I list the decisions of the reviews you are a member of. Ask a CX lead to add you in the review's 'setup'.",
        });
    }

    private async Task<Cards.Model.AdaptiveCard> BuildAsync(TurnContext turn, List<Review> reviews, Review? single, LedgerFilter filter, int page, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var entries = await LedgerQuery.EntriesAsync(db, reviews, now, cancellationToken);
        var view = new LedgerView(single?.Id.ToString(CultureInfo.InvariantCulture) ?? "", single is null ? "Decisions of your reviews" : $"Decisions \u2014 {single.Name}")
        {
            Entries = filter.Apply(entries),
            Unfiltered = entries.Count,
            Filter = filter,
            TouchpointOptions = Distinct(entries.Select(e => e.Touchpoint)),
            OwnerOptions = Distinct(entries.Select(e => e.OwnerName)),
            Page = page,
            CanEdit = routes.FindVerb(CardVerbs.DecisionEdit) is not null,
            CanCancel = routes.FindVerb(CardVerbs.DecisionCancel) is not null,
            CanShow = routes.FindVerb(CardVerbs.DecisionShow) is not null,
        };
        return LedgerCard.Build(view);
    }

    private static List<string> Distinct(IEnumerable<string?> values) =>
        [.. values.OfType<string>().Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.OrdinalIgnoreCase)];
}
