using System.Globalization;
using CxReviewBot.Cards;
using CxReviewBot.Cards.Decisions;
using CxReviewBot.Cards.Help;
using CxReviewBot.Data;
using CxReviewBot.Protocol.Activities;
using CxReviewBot.Protocol.Routing;
using CxReviewBot.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Decisions;

/// <summary>
/// `decision.show` (the decision card), `decision.edit` (without a version: the pre-filled form; with one: save it,
/// which is also how a decision is reassigned) and `decision.cancel`.
/// </summary>
internal sealed class DecisionEditVerbs(CxDbContext db, TimeProvider time, DecisionEditor editor, BotRoutes routes, ILogger<DecisionEditVerbs> logger)
{
    public const string GoneMessage = "This decision no longer exists.";
    public const string CancelledNotice = "Decision cancelled, and its open action with it.";
    public const string StaleCancelNotice = "Someone changed this decision meanwhile, so nothing was cancelled. Here it is now; cancel again if that is still right.";

    public async Task<InvokeResponseBody> ShowAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        if (await LoadAsync(turn, action, cancellationToken) is not { } found)
        {
            return InvokeResult.BadRequest(GoneMessage);
        }
        var (db, review, decision, roles) = found;
        if (!ReviewAccess.Allows(CommandRole.ReviewMember, roles) && decision.OwnerTeamsUserId != turn.User.Id)
        {
            return InvokeResult.Forbidden(NotMemberMessage(review));
        }
        return await CardAsync(turn, db, review, decision, roles, null, cancellationToken);
    }

    public async Task<InvokeResponseBody> EditAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        if (await LoadAsync(turn, action, cancellationToken) is not { } found)
        {
            return InvokeResult.BadRequest(GoneMessage);
        }
        var (db, review, decision, roles) = found;
        var people = DecisionViews.People(decision);
        if (!ReviewAccess.MayChange(WorkField.Details, roles, turn.User, people))
        {
            return InvokeResult.Forbidden(NotMemberMessage(review));
        }
        if (decision.Status != DecisionStatus.Open)
        {
            return await CardAsync(turn, db, review, decision, roles, Closed(decision), cancellationToken);
        }
        var ownerLocked = !ReviewAccess.MayChange(WorkField.Owner, roles, turn.User, people);
        var choices = await DecisionChoices.LoadAsync(db, review, cancellationToken);
        var form = DecisionForm.From(action);
        if (form.Version is not { } version)
        {
            return Form(DecisionFormViews.Edit(review, decision, choices) with { OwnerLocked = ownerLocked });
        }
        var today = ReviewClock.Today(review, time);
        var current = DecisionFormViews.Current(decision, choices);
        var (values, errors) = choices.Validate(form, today, current);
        if (ownerLocked && form.Owner is not null && form.Owner != current.OwnerId)
        {
            DecisionsLog.ReassignRefused(logger, decision.Id);
            errors[DecisionFields.Owner] = ReviewAccess.ReassignRefusal(review, people);
            values = null;
        }
        if (values is null)
        {
            var rejected = DecisionFormViews.Rejected(review, choices, form, errors, decision);
            return Form(ownerLocked ? rejected with { OwnerLocked = true, OwnerId = current.OwnerId } : rejected);
        }
        var result = await editor.EditAsync(review, decision, choices, values, version, turn.User, cancellationToken);
        if (result == DecisionEditResult.Stale)
        {
            var fresh = await db.Set<Decision>().AsNoTracking().SingleAsync(d => d.Id == decision.Id, cancellationToken);
            return Form(DecisionFormViews.Edit(review, fresh, choices, DecisionFormViews.StaleNotice));
        }
        var notice = result == DecisionEditResult.Unchanged ? "Nothing changed." : "Changes saved.";
        return await CardAsync(turn, db, review, decision, roles, notice, cancellationToken);
    }

    public async Task<InvokeResponseBody> CancelAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        if (await LoadAsync(turn, action, cancellationToken) is not { } found)
        {
            return InvokeResult.BadRequest(GoneMessage);
        }
        var (db, review, decision, roles) = found;
        if (!ReviewAccess.MayClose(roles, decision.RecordedByTeamsUserId, turn.User))
        {
            return InvokeResult.Forbidden(ReviewAccess.CloseRefusal(review, decision.RecordedByName, "cancel this decision"));
        }
        var version = action.GetInt(CardDataKeys.Version) ?? decision.Version;
        var result = await editor.CancelAsync(decision, version, turn.User, cancellationToken);
        var notice = result switch
        {
            DecisionEditResult.Saved => CancelledNotice,
            DecisionEditResult.Closed => Closed(decision),
            _ => StaleCancelNotice,
        };
        if (result == DecisionEditResult.Stale)
        {
            decision = await db.Set<Decision>().AsNoTracking().SingleAsync(d => d.Id == decision.Id, cancellationToken);
        }
        return await CardAsync(turn, db, review, decision, roles, notice, cancellationToken);
    }

    public static string NotMemberMessage(Review review) => ReviewAccess.Refusal(review, CommandRole.ReviewMember, "record or change its decisions");

    private static string Closed(Decision decision) =>
        $"This decision is {(decision.Status == DecisionStatus.Cancelled ? "cancelled" : "done")}; it can no longer be changed.";

    private static InvokeResponseBody Form(DecisionFormView view) => InvokeResult.Card(CardSerializer.ToJsonNode(DecisionFormCard.Build(view)));

    private async Task<InvokeResponseBody> CardAsync(
        TurnContext turn, CxDbContext db, Review review, Decision decision, ReviewRole roles, string? notice, CancellationToken cancellationToken)
    {
        var view = await DecisionViews.LoadAsync(db, routes, review, decision, roles, turn.User, notice, cancellationToken);
        return InvokeResult.Card(CardSerializer.ToJsonNode(DecisionCard.Build(view)));
    }

    private async Task<(CxDbContext Db, Review Review, Decision Decision, ReviewRole Roles)?> LoadAsync(
        TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        if (!long.TryParse(action.GetString(CardDataKeys.DecisionId), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || await db.Set<Decision>().SingleOrDefaultAsync(d => d.Id == id, cancellationToken) is not { } decision
            || await db.Set<Review>().Include(r => r.Members).SingleOrDefaultAsync(r => r.Id == decision.ReviewId, cancellationToken) is not { } review)
        {
            return null;
        }
        return (db, review, decision, await ReviewAccess.RolesAsync(db, review.Id, turn.User, cancellationToken));
    }
}
