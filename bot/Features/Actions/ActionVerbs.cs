using System.Globalization;
using CxReviewBot.Cards;
using CxReviewBot.Cards.Actions;
using CxReviewBot.Data;
using CxReviewBot.Protocol.Activities;
using CxReviewBot.Protocol.Routing;
using CxReviewBot.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Actions;

/// <summary>
/// The action card's buttons. Each checks the role, changes the action (bumping its version), records an event and
/// answers with the updated card — or, for buttons on the `actions` list, with that page of the list.
/// </summary>
internal sealed class ActionVerbs(CxDbContext db, TimeProvider time, ChaseTiming timing, ActionsCommand list, IEnumerable<IActionOrigin> origins)
{
    public Task<InvokeResponseBody> DoneAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken) =>
        ChangeAsync(turn, action, "mark it done", WorkField.Progress, (context, item) =>
        {
            if (item.Status != ActionItemStatus.Open)
            {
                return Task.FromResult<ActionEvent?>(null);
            }

            item.Status = ActionItemStatus.Done;
            item.CompletedAtUtc = context.Now.UtcDateTime;
            item.NextChaseUtc = null;
            return Task.FromResult<ActionEvent?>(new ActionEvent { Kind = ActionEventKind.Done });
        }, cancellationToken);

    public Task<InvokeResponseBody> SnoozeAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        if (action.GetInt(CardDataKeys.Days) is not { } days || days is < 1 or > 30)
        {
            return Task.FromResult(InvokeResult.BadRequest("Snooze for 1 to 30 days."));
        }

        return ChangeAsync(turn, action, "snooze it", WorkField.Progress, async (context, item) =>
        {
            // A closed action has no chase left to put off; recording a snooze would put a false entry in its history.
            if (item.Status != ActionItemStatus.Open)
            {
                return ActionChangeOutcome.Unchanged with { Notice = $"This action is {ClosedWord(item)}, so it cannot be snoozed." };
            }

            item.SnoozedUntilUtc = context.Now.UtcDateTime.AddDays(days);
            item.NextChaseUtc = (await context.Timing.NextAsync(item, context.Review, context.Now, cancellationToken))?.AtUtc.UtcDateTime;
            return new ActionChangeOutcome(new ActionEvent { Kind = ActionEventKind.Snoozed, Text = days == 7 ? "for 1 week" : days == 1 ? "for 1 day" : $"for {days} days" });
        }, cancellationToken);
    }

    private static string ClosedWord(ActionItem item) => item.Status == ActionItemStatus.Cancelled ? "cancelled" : "done";

    public Task<InvokeResponseBody> UpdateAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var text = action.GetString(ActionInputs.UpdateText)?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > ActionInputs.UpdateMaxLength)
        {
            return Task.FromResult(InvokeResult.BadRequest($"Write an update of 1 to {ActionInputs.UpdateMaxLength} characters."));
        }

        return ChangeAsync(turn, action, "add an update", WorkField.Progress, (_, _) => Task.FromResult<ActionEvent?>(new ActionEvent { Kind = ActionEventKind.Update, Text = text }), cancellationToken);
    }

    public async Task<InvokeResponseBody> ShowAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        if (await ActionChangeContext.LoadAsync(db, time, timing, action, cancellationToken) is not { } context)
        {
            return InvokeResult.BadRequest(ActionChangeContext.Missing);
        }

        return await ActionAccess.RefusalAsync(db, turn, context.Item, context.Review, "see it", field: null, cancellationToken) is { } refusal
            ? InvokeResult.Forbidden(refusal)
            : await AnswerAsync(turn, action, context, null, cancellationToken);
    }

    /// <summary>Loads the action, checks the role, applies <paramref name="change"/> (null = nothing to change) and saves.</summary>
    public Task<InvokeResponseBody> ChangeAsync(TurnContext turn, CardAction action, string doing, WorkField field,
        Func<ActionChangeContext, ActionItem, Task<ActionEvent?>> change, CancellationToken cancellationToken) =>
        ChangeAsync(turn, action, doing, field, async (context, item) => new ActionChangeOutcome(await change(context, item)), cancellationToken);

    /// <summary>As above, for a change that may also refuse its input or say why it changed nothing, on the card.</summary>
    public async Task<InvokeResponseBody> ChangeAsync(TurnContext turn, CardAction action, string doing, WorkField field,
        Func<ActionChangeContext, ActionItem, Task<ActionChangeOutcome>> change, CancellationToken cancellationToken)
    {
        if (await ActionChangeContext.LoadAsync(db, time, timing, action, cancellationToken) is not { } context)
        {
            return InvokeResult.BadRequest(ActionChangeContext.Missing);
        }

        if (await ActionAccess.RefusalAsync(db, turn, context.Item, context.Review, doing, field, cancellationToken) is { } refusal)
        {
            return InvokeResult.Forbidden(refusal);
        }

        var outcome = await change(context, context.Item);
        if (outcome.Event is { } entry)
        {
            entry.ActionItemId = context.Item.Id;
            entry.AtUtc = context.Now.UtcDateTime;
            entry.ByName = turn.User.Name;
            db.Add(entry);
            context.Item.Version++;
            context.Item.UpdatedAtUtc = context.Now.UtcDateTime;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                return InvokeResult.Message("This action changed at the same moment (another button or a Planner sync). Open it again and retry.");
            }
        }

        return await AnswerAsync(turn, action, context, outcome, cancellationToken);
    }

    private async Task<InvokeResponseBody> AnswerAsync(
        TurnContext turn, CardAction action, ActionChangeContext context, ActionChangeOutcome? outcome, CancellationToken cancellationToken)
    {
        if (action.GetInt(CardDataKeys.Page) is { } page)
        {
            return InvokeResult.Card(await list.ListCardAsync(turn, page, cancellationToken));
        }
        var view = await ActionViews.ForAsync(db, origins, context.Item, context.Review, context.Now, cancellationToken) with
        {
            Notice = outcome?.Notice,
            ReassignError = outcome?.ReassignError,
            NewOwnerId = outcome?.NewOwnerId,
        };
        return InvokeResult.Card(CardSerializer.ToJsonNode(ActionCard.Build(view)));
    }

    public static long? ActionIdOf(CardAction action) =>
        long.TryParse(action.GetString(CardDataKeys.ActionId), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
