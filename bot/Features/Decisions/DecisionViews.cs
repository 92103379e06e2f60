using System.Globalization;
using CxReviewBot.Cards;
using CxReviewBot.Cards.Decisions;
using CxReviewBot.Cards.Help;
using CxReviewBot.Data;
using CxReviewBot.Metrics;
using CxReviewBot.Protocol.Activities;
using CxReviewBot.Protocol.Routing;
using CxReviewBot.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Decisions;

/// <summary>The decision card's view of a stored decision: its facts, its audit trail, and the buttons this user may use.</summary>
internal static class DecisionViews
{
    public static async Task<DecisionView> LoadAsync(
        CxDbContext db, BotRoutes routes, Review review, Decision decision, ReviewRole roles, ChannelAccount user, string? notice, CancellationToken cancellationToken)
    {
        var changes = await db.Set<DecisionChange>().AsNoTracking().Where(c => c.DecisionId == decision.Id)
            .OrderBy(c => c.AtUtc).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        var touchpoint = decision.TouchpointId is { } tid ? await db.Set<Touchpoint>().AsNoTracking().Where(t => t.Id == tid).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken) : null;
        var metric = decision.MetricId is { } mid ? await db.Set<Metric>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == mid, cancellationToken) : null;
        var open = decision.Status == DecisionStatus.Open;
        return new DecisionView(decision.Id.ToString(CultureInfo.InvariantCulture), decision.Text, decision.Status.ToString())
        {
            ReviewName = review.Name,
            OwnerName = decision.OwnerName,
            DueDate = decision.DueDate,
            Touchpoint = touchpoint,
            Metric = metric?.Name,
            Unit = metric is null ? Cards.Metrics.MetricUnit.Score : CardMetricLines.Unit(metric.Unit),
            ExpectedChange = decision.ExpectedChange,
            ExpectedBy = decision.ExpectedBy,
            BaselineValue = decision.BaselineValue,
            BaselinePeriodEnd = decision.BaselinePeriodEnd,
            RecordedBy = decision.RecordedByName,
            RecordedAtUtc = decision.RecordedAtUtc,
            Version = decision.Version,
            Changes = changes.Select(c => new DecisionChangeLine(c.AtUtc, c.ByName, What(c))).ToList(),
            CanEdit = open && ReviewAccess.MayChange(WorkField.Details, roles, user, People(decision)) && routes.FindVerb(CardVerbs.DecisionEdit) is not null,
            CanReassign = ReviewAccess.MayChange(WorkField.Owner, roles, user, People(decision)),
            CanCancel = open && ReviewAccess.MayClose(roles, decision.RecordedByTeamsUserId, user) && routes.FindVerb(CardVerbs.DecisionCancel) is not null,
            Notice = notice,
        };
    }

    public static WorkPeople People(Decision decision) =>
        new(decision.OwnerTeamsUserId, decision.OwnerAadObjectId, decision.OwnerName, decision.RecordedByTeamsUserId, decision.RecordedByName);

    public static string What(DecisionChange change) => change.Kind switch
    {
        DecisionChangeKind.Recorded => "recorded it",
        DecisionChangeKind.Cancelled => "cancelled it",
        DecisionChangeKind.Completed => "marked it done",
        DecisionChangeKind.Reassigned => $"reassigned it from {change.OldValue ?? "nobody"} to {change.NewValue ?? "nobody"}",
        DecisionChangeKind.Judged => $"judged it: {change.NewValue}",
        _ => $"changed {change.Field}: {change.OldValue ?? "(none)"} \u2192 {change.NewValue ?? "(none)"}",
    };
}
