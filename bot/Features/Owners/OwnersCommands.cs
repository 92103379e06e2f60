using CxReviewBot.Cards;
using CxReviewBot.Cards.Owners;
using CxReviewBot.Data;
using CxReviewBot.Metrics;
using CxReviewBot.Protocol.Activities;
using CxReviewBot.Protocol.Routing;

namespace CxReviewBot.Features.Owners;

/// <summary>`owners`: every touchpoint with its named owner and latest headline experience number; gaps flagged.</summary>
internal sealed class OwnersCommands(CxDbContext db, TimeProvider time)
{
    public async Task ShowAsync(TurnContext turn, string arguments, CancellationToken cancellationToken)
    {
        var card = await BuildAsync(turn, page: 1, cancellationToken);
        await turn.SendCardAsync(CardSerializer.ToJsonNode(card), "Touchpoint owners", cancellationToken);
    }

    public async Task<InvokeResponseBody> PageAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        if (action.GetInt(CardDataKeys.Page) is not { } page || page < 1)
        {
            return InvokeResult.BadRequest("That page does not exist. Type 'owners' to start again.");
        }
        return InvokeResult.Card(CardSerializer.ToJsonNode(await BuildAsync(turn, page, cancellationToken)));
    }

    private async Task<Cards.Model.AdaptiveCard> BuildAsync(TurnContext turn, int page, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var rows = await OwnersQuery.RunAsync(db, today, cancellationToken);
        return OwnersCard.Build(new OwnersView { Rows = rows.Select(ToCardRow).ToList(), Page = page });
    }

    private static Cards.Owners.OwnerRow ToCardRow(Metrics.OwnerRow row) => new(row.Touchpoint, row.Function)
    {
        OwnerName = string.IsNullOrWhiteSpace(row.OwnerName) ? null : row.OwnerName,
        OwnerUpn = row.OwnerMissing ? null : row.OwnerUpn,
        HeadlineMetric = row.Headline is null ? null : CardMetricLines.From(row.Headline),
    };
}
