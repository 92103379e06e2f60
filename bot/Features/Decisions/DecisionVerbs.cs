using System.Globalization;
using CxReviewBot.Cards;
using CxReviewBot.Cards.Decisions;
using CxReviewBot.Cards.Help;
using CxReviewBot.Data;
using CxReviewBot.Features.Agenda;
using CxReviewBot.Protocol.Activities;
using CxReviewBot.Protocol.Routing;
using CxReviewBot.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Decisions;

/// <summary>
/// `decision.record`: without a form token it opens the form (from the agenda's button, touchpoint pre-selected); with
/// one it validates and records, answering with the agenda (opened from the agenda) or the decision card.
/// </summary>
internal sealed class DecisionVerbs(CxDbContext db, TimeProvider time, DecisionRecorder recorder, AgendaPoster poster, BotRoutes routes)
{
    public const string RecordedNotice = "Decision recorded; its owner has been sent it.";
    public const string GoneMessage = "This review no longer exists. Type 'setup' to set one up.";

    public async Task<InvokeResponseBody> RecordAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        if (await ReviewAsync(db, turn, action, cancellationToken) is not { } review)
        {
            return InvokeResult.BadRequest(GoneMessage);
        }
        var roles = await ReviewAccess.RolesAsync(db, review.Id, turn.User, cancellationToken);
        if (!ReviewAccess.Allows(CommandRole.ReviewMember, roles))
        {
            return InvokeResult.Forbidden(DecisionEditVerbs.NotMemberMessage(review));
        }
        var choices = await DecisionChoices.LoadAsync(db, review, cancellationToken);
        var form = DecisionForm.From(action);
        if (form.FormToken is null)
        {
            var view = DecisionFormViews.New(review, choices, DecisionFields.FromAgenda, action.GetString(CardDataKeys.Touchpoint), null);
            return InvokeResult.Card(CardSerializer.ToJsonNode(DecisionFormCard.Build(view)));
        }
        if (await recorder.FindRecordedAsync(form.FormToken, cancellationToken) is { } existing)
        {
            // A retried or duplicated save: answer as the first one did, record nothing.
            return await AnswerAsync(turn, db, review, existing, form.Origin, roles, cancellationToken);
        }
        var (values, errors) = choices.Validate(form, ReviewClock.Today(review, time));
        if (values is null)
        {
            return InvokeResult.Card(CardSerializer.ToJsonNode(DecisionFormCard.Build(DecisionFormViews.Rejected(review, choices, form, errors, null))));
        }
        var source = form.Origin == DecisionFields.FromAgenda && values.Touchpoint is not null ? DecisionSource.Touchpoint : DecisionSource.Command;
        var (decision, _) = await recorder.RecordAsync(review, choices, values, form.FormToken, source, turn.User, cancellationToken);
        return await AnswerAsync(turn, db, review, decision, form.Origin, roles, cancellationToken);
    }

    private async Task<InvokeResponseBody> AnswerAsync(
        TurnContext turn, CxDbContext db, Review review, Decision decision, string origin, ReviewRole roles, CancellationToken cancellationToken)
    {
        if (origin == DecisionFields.FromAgenda)
        {
            return InvokeResult.Card(await poster.BuildCardAsync(review, null, 1, cancellationToken));
        }
        var view = await DecisionViews.LoadAsync(db, routes, review, decision, roles, turn.User, RecordedNotice, cancellationToken);
        return InvokeResult.Card(CardSerializer.ToJsonNode(DecisionCard.Build(view)));
    }

    private static async Task<Review?> ReviewAsync(CxDbContext db, TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        if (action.GetString(CardDataKeys.ReviewId) is not { Length: > 0 } idText)
        {
            return await ReviewLookup.ForConversationAsync(db, turn.ConversationId, cancellationToken);
        }
        return long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await db.Set<Review>().Include(r => r.Members).SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            : null;
    }
}
