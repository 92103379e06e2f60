using CxReviewBot.Data;
using CxReviewBot.Features.Setup;
using CxReviewBot.Protocol.Routing;

namespace CxReviewBot.Features.Actions;

/// <summary>Who may act on an action item (PLAN.md roles): its owner, or a CX lead or admin of its review.</summary>
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

        var allowed = membersMay ? ReviewRole.Member | ReviewRole.CxLead | ReviewRole.Admin : ReviewRole.CxLead | ReviewRole.Admin;
        if (review is not null && (await ReviewRoles.RolesOfAsync(db, review.Id, turn.User.Id ?? "", turn.User.EntraId, cancellationToken) & allowed) != ReviewRole.None)
        {
            return null;
        }

        var leads = review?.Members.Where(m => m.Roles.HasFlag(ReviewRole.CxLead)).Select(m => m.Name).Where(n => n.Length > 0).ToList() ?? [];
        var ask = leads.Count == 0 ? "" : $" Ask {string.Join(" or ", leads)}.";
        var who = membersMay ? "a member of its review" : "a CX lead or an admin of its review";
        return $"Only the action's owner ({item.OwnerName}) or {who} can {doing}.{ask}";
    }
}
