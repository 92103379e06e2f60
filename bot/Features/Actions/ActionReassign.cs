using CxReviewBot.Cards;
using CxReviewBot.Cards.Actions;
using CxReviewBot.Protocol.Activities;
using CxReviewBot.Protocol.Routing;

namespace CxReviewBot.Features.Actions;

/// <summary>
/// Reassigns an action to another member of its review. The chase carries on where it was (an overdue action stays
/// overdue); the new owner gets the action's card in a 1:1 chat, in the same SaveChanges.
/// </summary>
internal static class ActionReassign
{
    public static Task<InvokeResponseBody> RunAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var newOwnerId = action.GetString(ActionInputs.NewOwner);
        if (string.IsNullOrWhiteSpace(newOwnerId))
        {
            return Task.FromResult(InvokeResult.BadRequest("Choose the new owner."));
        }

        return ActionVerbs.ChangeAsync(turn, action, "reassign it", async (context, item) =>
        {
            var member = context.Review?.Members.FirstOrDefault(m => m.TeamsUserId == newOwnerId);
            if (member is null || item.Status != ActionItemStatus.Open || member.TeamsUserId == item.OwnerTeamsUserId)
            {
                return null;
            }

            var from = item.OwnerName;
            item.OwnerTeamsUserId = member.TeamsUserId;
            item.OwnerAadObjectId = member.AadObjectId;
            item.OwnerName = member.Name;
            item.NextChaseUtc = (await context.Timing.NextAsync(item, context.Review, context.Now, cancellationToken))?.AtUtc.UtcDateTime;
            var notices = turn.Services.GetRequiredService<ActionNotices>();
            var banner = $"{turn.User.Name} assigned this action to you (it was {from}'s).";
            await notices.QueueAsync(item, context.Review, member.TeamsUserId, $"action:{item.Id}:assigned:{item.Version + 1}", banner, showButtons: true, context.Now, cancellationToken);
            return new ActionEvent { Kind = ActionEventKind.Reassigned, Text = $"from {from} to {member.Name}" };
        }, cancellationToken);
    }
}
