using CxReviewBot.Cards.Help;
using CxReviewBot.Data;
using CxReviewBot.Protocol.Routing;
using CxReviewBot.Reviews;

namespace CxReviewBot.Features.Actions;

/// <summary>Who may act on an action item: its owner, or (by <see cref="ReviewAccess"/>) a CX lead or admin of its review.</summary>
internal static class ActionAccess
{
    public static bool IsOwner(TurnContext turn, ActionItem item) =>
        turn.User.Id == item.OwnerTeamsUserId || (turn.User.EntraId is { } aad && aad == item.OwnerAadObjectId);

    /// <returns>Null when allowed; otherwise the refusal, naming who may do it.</returns>
    public static async Task<string?> RefusalAsync(CxDbContext db, TurnContext turn, ActionItem item, Review? review, string doing, bool membersMay, CancellationToken cancellationToken)
    {
        if (IsOwner(turn, item))
        {
            return null;
        }

        if (review is not null && ReviewAccess.Allows(membersMay ? CommandRole.ReviewMember : CommandRole.CxLeadOrAdmin, await ReviewAccess.RolesAsync(db, review.Id, turn.User, cancellationToken)))
        {
            return null;
        }

        var who = membersMay ? "a member of its review" : "a CX lead or an admin of its review";
        return $"Only the action's owner ({item.OwnerName}) or {who} can {doing}.{(review is null ? "" : " " + ReviewAccess.AskLeads(review))}";
    }
}
