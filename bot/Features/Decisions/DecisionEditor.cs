using CxReviewBot.Data;
using CxReviewBot.Features.Actions;
using CxReviewBot.Features.Agenda;
using CxReviewBot.Outbox;
using CxReviewBot.Protocol.Activities;
using CxReviewBot.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Decisions;

/// <summary>
/// Edits, reassigns and cancels decisions: one audit entry per changed field, the version bumped, the open action
/// kept in step (owner, due date, title; cancelled with the decision), the new owner told, posted agendas updated.
/// A card built from an older version is refused (<see cref="DecisionEditResult.Stale"/>) instead of overwriting.
/// </summary>
internal sealed class DecisionEditor(
    CxDbContext db, DecisionNotifier notifier, AgendaRefresher refresher, OutboxSignal signal, TimeProvider time, ILogger<DecisionEditor> logger)
{
    public async Task<DecisionEditResult> EditAsync(
        Review review, Decision decision, DecisionChoices choices, DecisionValues values, int version, ChannelAccount by, CancellationToken cancellationToken)
    {
        if (Refusal(decision, version) is { } refused)
        {
            return refused;
        }
        var changes = DecisionDiff.Of(decision, values, choices);
        if (changes.Count == 0)
        {
            return DecisionEditResult.Unchanged;
        }
        var now = time.GetUtcNow().UtcDateTime;
        var owner = choices.Owners[values.OwnerId];
        var targetChanged = changes.Any(c => c.Field is DecisionFieldChange.Touchpoint or DecisionFieldChange.Metric);
        decision.Text = values.Text;
        decision.OwnerTeamsUserId = owner.TeamsUserId;
        decision.OwnerAadObjectId = owner.AadObjectId;
        decision.OwnerName = owner.Name;
        decision.DueDate = values.DueDate;
        decision.TouchpointId = values.Touchpoint is null ? null : choices.Touchpoints[values.Touchpoint].Id;
        decision.MetricId = values.Metric is null ? null : choices.Metrics[values.Metric].Id;
        decision.ExpectedChange = values.ExpectedChange;
        decision.ExpectedBy = values.ExpectedBy;
        if (targetChanged)
        {
            // The baseline stays "the value when decided", now for the newly targeted metric.
            var decidedOn = ReviewClock.DateIn(review, decision.RecordedAtUtc);
            DecisionBaseline.Apply(decision, await DecisionBaseline.FindAsync(db, decision.TouchpointId, decision.MetricId, decidedOn, cancellationToken));
        }
        Touch(decision, now);
        db.AddRange(changes.Select(c => new DecisionChange
        {
            DecisionId = decision.Id,
            AtUtc = now,
            ByTeamsUserId = by.Id ?? "",
            ByName = by.Name ?? "",
            Kind = c.Kind,
            Field = c.Field,
            OldValue = Cut(c.OldValue),
            NewValue = Cut(c.NewValue),
        }));
        var action = await OpenActionAsync(decision.Id, cancellationToken);
        var reassigned = changes.Any(c => c.Field == DecisionFieldChange.Owner);
        if (action is not null)
        {
            Follow(action, decision, changes, by, now);
        }
        if (!await TrySaveAsync(async () =>
            {
                if (reassigned)
                {
                    await notifier.EnqueueOwnerCardAsync(review, decision, action, true, DecisionNotifier.ReassignedKey(decision), cancellationToken);
                }
                await refresher.UpdatePostedAgendasAsync(review.Id, cancellationToken);
            }, cancellationToken))
        {
            return DecisionEditResult.Stale;
        }
        DecisionsLog.Edited(logger, decision.Id, changes.Count, reassigned);
        return DecisionEditResult.Saved;
    }

    public async Task<DecisionEditResult> CancelAsync(Decision decision, int version, ChannelAccount by, CancellationToken cancellationToken)
    {
        if (Refusal(decision, version) is { } refused)
        {
            return refused;
        }
        var now = time.GetUtcNow().UtcDateTime;
        decision.Status = DecisionStatus.Cancelled;
        decision.ClosedAtUtc = now;
        Touch(decision, now);
        db.Add(new DecisionChange { DecisionId = decision.Id, AtUtc = now, ByTeamsUserId = by.Id ?? "", ByName = by.Name ?? "", Kind = DecisionChangeKind.Cancelled, Field = "status", OldValue = nameof(DecisionStatus.Open), NewValue = nameof(DecisionStatus.Cancelled) });
        if (await OpenActionAsync(decision.Id, cancellationToken) is { } action)
        {
            action.Status = ActionItemStatus.Cancelled;
            action.NextChaseUtc = null;
            action.UpdatedAtUtc = now;
            action.Version++;
            db.Add(new ActionEvent { ActionItemId = action.Id, AtUtc = now, Kind = ActionEventKind.Cancelled, ByName = by.Name, Text = "The decision was cancelled." });
        }
        if (!await TrySaveAsync(() => refresher.UpdatePostedAgendasAsync(decision.ReviewId, cancellationToken), cancellationToken))
        {
            return DecisionEditResult.Stale;
        }
        DecisionsLog.Cancelled(logger, decision.Id);
        return DecisionEditResult.Saved;
    }

    private static DecisionEditResult? Refusal(Decision decision, int version) =>
        decision.Status != DecisionStatus.Open ? DecisionEditResult.Closed
        : decision.Version != version ? DecisionEditResult.Stale
        : null;

    private static void Touch(Decision decision, DateTime now)
    {
        decision.UpdatedAtUtc = now;
        decision.Version++;
    }

    private void Follow(ActionItem action, Decision decision, List<DecisionFieldChange> changes, ChannelAccount by, DateTime now)
    {
        if (changes.FirstOrDefault(c => c.Field == DecisionFieldChange.Owner) is { } owner)
        {
            action.OwnerTeamsUserId = decision.OwnerTeamsUserId;
            action.OwnerAadObjectId = decision.OwnerAadObjectId;
            action.OwnerName = decision.OwnerName;
            db.Add(new ActionEvent { ActionItemId = action.Id, AtUtc = now, Kind = ActionEventKind.Reassigned, ByName = by.Name, Text = $"From {owner.OldValue} to {owner.NewValue}." });
        }
        var other = changes.Where(c => c.Field is DecisionFieldChange.DueDate or DecisionFieldChange.Text).ToList();
        if (other.Count > 0)
        {
            action.DueDate = decision.DueDate;
            action.Title = ActionItems.Title(decision.Text);
            db.Add(new ActionEvent { ActionItemId = action.Id, AtUtc = now, Kind = ActionEventKind.Update, ByName = by.Name, Text = "Decision edited: " + string.Join(", ", other.Select(c => c.Field)) + "." });
        }
        action.UpdatedAtUtc = now;
        action.Version++;
    }

    private Task<ActionItem?> OpenActionAsync(long decisionId, CancellationToken cancellationToken) =>
        db.Set<ActionItem>().Where(a => a.DecisionId == decisionId && a.Status == ActionItemStatus.Open).OrderBy(a => a.Id).FirstOrDefaultAsync(cancellationToken);

    private async Task<bool> TrySaveAsync(Func<Task> followUps, CancellationToken cancellationToken)
    {
        try
        {
            await DecisionCommit.SaveAsync(db, signal, followUps, cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private static string? Cut(string? value) => value is null || value.Length <= 1000 ? value : value[..999] + "…";
}
