using CxReviewBot.People;
using CxReviewBot.Reviews;
using Microsoft.Extensions.Options;

namespace CxReviewBot.Features.Actions;

/// <summary>
/// <see cref="ChaseSchedule.Next"/> for a stored action: the owner's hours (mailbox or the review's zone), the
/// configured cadence and quiet days, and for an escalation the manager's hours.
/// </summary>
internal sealed class ChaseTiming(PeopleDirectory hours, IOptions<ActionsOptions> options)
{
    public async Task<ChaseScheduleSend?> NextAsync(ActionItem item, Review? review, DateTimeOffset nowUtc, CancellationToken cancellationToken)
    {
        var zone = review?.TimeZoneId ?? "UTC";
        var input = new ChaseScheduleInput(
            item.DueDate,
            await hours.ForUserAsync(item.OwnerAadObjectId, zone, cancellationToken),
            options.Value.QuietDaySet,
            IsDone: item.Status != ActionItemStatus.Open,
            LastReminderUtc: Utc(item.LastReminderUtc),
            LastNudgeUtc: Utc(item.LastNudgeUtc),
            EscalatedUtc: Utc(item.EscalatedUtc),
            SnoozedUntilUtc: Utc(item.SnoozedUntilUtc));
        var next = ChaseSchedule.Next(input, nowUtc, options.Value.Rules);
        if (next?.Kind != ChaseScheduleKind.ManagerEscalation
            || await hours.ManagerOfAsync(item.OwnerAadObjectId, cancellationToken) is not { } manager)
        {
            return next;
        }

        return ChaseSchedule.Next(input with { ManagerHours = await hours.ForUserAsync(manager.AadId, zone, cancellationToken) }, nowUtc, options.Value.Rules);
    }

    private static DateTimeOffset? Utc(DateTime? value) =>
        value is { } v ? new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)) : null;
}
