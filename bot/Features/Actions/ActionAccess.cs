using CxReviewBot.Cards.Help;
using CxReviewBot.Data;
using CxReviewBot.Protocol.Routing;
using CxReviewBot.Reviews;

namespace CxReviewBot.Features.Actions;

/// <summary>Who may see or change an action item: <see cref="ReviewAccess.MayChange"/> over its owner and its review.</summary>
internal static class ActionAccess
{
    public static bool IsOwner(TurnContext turn, ActionItem item) => ReviewAccess.IsOwner(turn.User, People(item));

    public static WorkPeople People(ActionItem item) => new(item.OwnerTeamsUserId, item.OwnerAadObjectId, item.OwnerName);

    /// <param name="field">What the change touches; null = only seeing it (any member of its review, or its owner).</param>
    /// <returns>Null when allowed; otherwise the refusal, naming who may do it.</returns>
    public static async Task<string?> RefusalAsync(CxDbContext db, TurnContext turn, ActionItem item, Review? review, string doing, WorkField? field, CancellationToken cancellationToken)
    {
        if (IsOwner(turn, item))
        {
            return null;
        }
        var roles = review is null ? ReviewRole.None : await ReviewAccess.RolesAsync(db, review.Id, turn.User, cancellationToken);
        var allowed = field is { } changing ? ReviewAccess.MayChange(changing, roles, turn.User, People(item)) : ReviewAccess.Allows(CommandRole.ReviewMember, roles);
        if (allowed)
        {
            return null;
        }
        var who = field is null ? "a member of its review" : "a CX lead or an admin of its review";
        return $"Only the action's owner ({item.OwnerName}) or {who} can {doing}.{(review is null ? "" : " " + ReviewAccess.AskLeads(review))}";
    }
}
