using CxReviewBot.Cards;
using CxReviewBot.Cards.Actions;
using CxReviewBot.Protocol.Activities;
using CxReviewBot.Protocol.Routing;
using CxReviewBot.Reviews;

namespace CxReviewBot.Features.Actions;

/// <summary>
/// Reassigns an action to another member of its review. The chase carries on where it was (an overdue action stays
/// overdue); the new owner gets the action's card in a 1:1 chat, in the same SaveChanges. Someone outside the review
/// (a stale card, a people picker) is refused on the card with the choice kept; the current owner changes nothing.
/// </summary>
internal sealed class ActionReassign(ActionVerbs verbs, ActionNotices notices, ILogger<ActionReassign> logger)
{
    public Task<InvokeResponseBody> RunAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var newOwnerId = action.GetString(ActionInputs.NewOwner)?.Trim();
        if (string.IsNullOrEmpty(newOwnerId))
        {
            return Task.FromResult(InvokeResult.BadRequest("Choose the new owner."));
        }

        return verbs.ChangeAsync(turn, action, "reassign it", WorkField.Owner, async (context, item) =>
        {
            if (item.Status != ActionItemStatus.Open)
            {
                return ActionChangeOutcome.Unchanged;
            }

            var member = context.Review?.Members.FirstOrDefault(m => m.TeamsUserId == newOwnerId || (m.AadObjectId is { } aad && aad == newOwnerId));
            if (member is null)
            {
                ActionsLog.ReassignRefused(logger, item.Id, newOwnerId, context.Review?.Id);
                return ActionChangeOutcome.Unchanged with { ReassignError = NotMemberError(context.Review), NewOwnerId = newOwnerId };
            }

            if (member.TeamsUserId == item.OwnerTeamsUserId)
            {
                return ActionChangeOutcome.Unchanged with { Notice = $"Nothing changed: {item.OwnerName} already owns this action." };
            }

            var from = item.OwnerName;
            ActionItems.AssignTo(item, member);
            item.NextChaseUtc = (await context.Timing.NextAsync(item, context.Review, context.Now, cancellationToken))?.AtUtc.UtcDateTime;
            var banner = $"{turn.User.Name} assigned this action to you (it was {from}'s).";
            await notices.QueueAsync(item, context.Review, member.TeamsUserId, ActionNotices.AssignedKey(item.Id, item.Version + 1), banner, showButtons: true, context.Now, cancellationToken);
            return new ActionChangeOutcome(new ActionEvent { Kind = ActionEventKind.Reassigned, Text = $"from {from} to {member.Name}" })
            {
                Notice = $"Reassigned to {member.Name}; they have been sent it.",
            };
        }, cancellationToken);
    }

    public static string NotMemberError(Review? review) =>
        $"Only a member of {(review is null ? "its review" : $"the review '{review.Name}'")} can own this action; choose one from the list.";
}
