using System.Globalization;
using CxReviewBot.Cards;
using CxReviewBot.Cards.Model;
using CxReviewBot.Cards.Notice;
using CxReviewBot.Features.Actions;
using CxReviewBot.Outbox;
using CxReviewBot.Protocol.Activities;
using CxReviewBot.Protocol.Routing;
using CxReviewBot.Reviews;

namespace CxReviewBot.Features.Decisions;

/// <summary>The owner's 1:1 card about a decision recorded for (or reassigned to) them, sent through the outbox.</summary>
internal sealed class DecisionNotifier(OutboxWriter outbox, BotRoutes routes)
{
    public const string Title = "A decision for you";

    public async Task EnqueueOwnerCardAsync(Review review, Decision decision, ActionItem? action, bool reassigned, string outboxKey, CancellationToken cancellationToken)
    {
        var card = CardSerializer.ToJsonNode(NoticeCard.Build(View(review, decision, action, reassigned)));
        var activity = Activity.MessageWithCard(card, $"{decision.RecordedByName}: a decision for you");
        await outbox.EnqueueAsync(new OutboxRequest(outboxKey, OutboxOperation.SendPersonal, review.ServiceUrl, activity,
            RecipientTeamsUserId: decision.OwnerTeamsUserId), cancellationToken);
    }

    public static string ReassignedKey(Decision decision) => string.Create(CultureInfo.InvariantCulture, $"decision:{decision.Id}:v{decision.Version}:reassigned");

    private NoticeView View(Review review, Decision decision, ActionItem? action, bool reassigned)
    {
        var who = CardText.EscapeMarkdown(CardText.Snippet(reassigned ? decision.OwnerName : decision.RecordedByName, 60));
        var lead = reassigned ? "This decision is now yours" : $"{who} recorded a decision for you";
        var facts = new List<Fact>
        {
            new("Decision", CardText.EscapeMarkdown(CardText.Snippet(decision.Text, 300))),
            new("Due", decision.DueDate.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture)),
            new("Review", CardText.EscapeMarkdown(CardText.Snippet(review.Name, 80))),
        };
        if (action is not null)
        {
            facts.Add(new("Your action", CardText.EscapeMarkdown(CardText.Snippet(action.Title, 120)) + string.Create(CultureInfo.InvariantCulture, $" (open, due {action.DueDate:yyyy-MM-dd})")));
        }
        var buttons = new List<NoticeButton> { NoticeButton.Execute("Open decision", CardVerbs.DecisionShow, new KeyValuePair<string, string>(CardDataKeys.DecisionId, Id(decision.Id))) };
        if (action is not null && routes.FindVerb(CardVerbs.ActionDone) is not null)
        {
            buttons.Add(NoticeButton.Execute("Mark action done", CardVerbs.ActionDone, new KeyValuePair<string, string>(CardDataKeys.ActionId, Id(action.Id))));
        }
        return new NoticeView(NoticeKind.Info, Title)
        {
            Message = string.Create(CultureInfo.InvariantCulture,
                $"{lead} in review **{CardText.EscapeMarkdown(CardText.Snippet(review.Name, 80))}**: {CardText.EscapeMarkdown(CardText.Snippet(decision.Text, 200))}, due {decision.DueDate:ddd d MMM}."),
            Facts = facts,
            Buttons = buttons,
        };
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
