using CxReviewBot.Data;
using CxReviewBot.Features.Actions;
using CxReviewBot.Features.Agenda;
using CxReviewBot.Outbox;
using CxReviewBot.Protocol.Activities;
using CxReviewBot.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Decisions;

/// <summary>
/// Records a decision once per form: the decision with its baseline, the first audit entry, its action, the owner's
/// 1:1 card and the in-place update of the posted agendas, all committed together. A repeated form token (a retried or
/// duplicated invoke) returns the decision already recorded and changes nothing.
/// </summary>
internal sealed class DecisionRecorder(
    CxDbContext db, DecisionNotifier notifier, AgendaRefresher refresher, OutboxSignal signal, TimeProvider time, ILogger<DecisionRecorder> logger)
{
    public async Task<(Decision Decision, bool Created)> RecordAsync(
        Review review, DecisionChoices choices, DecisionValues values, string formToken, DecisionSource source, ChannelAccount by, CancellationToken cancellationToken)
    {
        if (await FindRecordedAsync(formToken, cancellationToken) is { } existing)
        {
            return (existing, false);
        }
        var now = time.GetUtcNow().UtcDateTime;
        var owner = choices.Owners[values.OwnerId];
        var touchpoint = values.Touchpoint is null ? null : choices.Touchpoints[values.Touchpoint];
        var metric = values.Metric is null ? null : choices.Metrics[values.Metric];
        var decision = new Decision
        {
            ReviewId = review.Id,
            Text = values.Text,
            Source = source,
            OwnerTeamsUserId = owner.TeamsUserId,
            OwnerAadObjectId = owner.AadObjectId,
            OwnerName = owner.Name,
            DueDate = values.DueDate,
            TouchpointId = touchpoint?.Id,
            MetricId = metric?.Id,
            ExpectedChange = values.ExpectedChange,
            ExpectedBy = values.ExpectedBy,
            Status = DecisionStatus.Open,
            RecordedByTeamsUserId = by.Id ?? "",
            RecordedByName = by.Name ?? "",
            RecordedAtUtc = now,
            UpdatedAtUtc = now,
            FormToken = formToken,
            Version = 1,
        };
        DecisionBaseline.Apply(decision, await DecisionBaseline.FindAsync(db, touchpoint?.Id, metric?.Id, ReviewClock.Today(review, time), cancellationToken));
        db.Add(decision);
        var action = DecisionActions.AddForDecision(db, decision, now);
        try
        {
            await DecisionCommit.SaveAsync(db, signal, async () =>
            {
                db.Add(new DecisionChange { DecisionId = decision.Id, AtUtc = now, ByTeamsUserId = decision.RecordedByTeamsUserId, ByName = decision.RecordedByName, Kind = DecisionChangeKind.Recorded });
                await notifier.EnqueueOwnerCardAsync(review, decision, action, false, $"decision:{formToken}:owner", cancellationToken);
                await refresher.UpdatePostedAgendasAsync(review.Id, cancellationToken);
            }, cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // The same form saved concurrently (a retry racing the original): the unique token let one through.
            db.ChangeTracker.Clear();
            if (await FindRecordedAsync(formToken, cancellationToken) is { } raced)
            {
                return (raced, false);
            }
            throw;
        }
        DecisionsLog.Recorded(logger, decision.Id, review.Id, decision.Source);
        return (decision, true);
    }

    /// <summary>The decision this form already recorded, if any (a repeated save).</summary>
    public async Task<Decision?> FindRecordedAsync(string formToken, CancellationToken cancellationToken)
    {
        var existing = await FindAsync(formToken, cancellationToken);
        if (existing is not null)
        {
            DecisionsLog.DuplicateForm(logger, existing.Id);
        }
        return existing;
    }

    private Task<Decision?> FindAsync(string formToken, CancellationToken cancellationToken) =>
        db.Set<Decision>().SingleOrDefaultAsync(d => d.FormToken == formToken, cancellationToken);
}
