using System.Net;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace CxReviewBot.Graph;

/// <summary>
/// Reads Planner tasks with JSON <c>$batch</c> (the SDK splits into batches of at most 20). Inner requests are throttled
/// one by one inside a 200 batch (protocol.md §7.5), so 429s are re-sent after their Retry-After.
/// </summary>
internal sealed class PlannerTaskBatchReader(GraphServiceClient client, TimeProvider time, ILogger logger)
{
    private const int MaxRounds = 4;
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(3);

    public async Task<IReadOnlyDictionary<string, PlannerTaskSnapshot>> ReadAsync(
        IReadOnlyCollection<string> taskIds, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, PlannerTaskSnapshot>(StringComparer.Ordinal);
        if (taskIds.Count == 0)
        {
            return found;
        }

        var pending = taskIds.Distinct(StringComparer.Ordinal).ToList();
        for (var round = 1; ; round++)
        {
            // Built afresh each round: NewBatchWithFailedRequests assigns new step ids.
            var batch = new BatchRequestContentCollection(client);
            var taskIdByStep = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var taskId in pending)
            {
                var step = await batch.AddBatchRequestStepAsync(client.Planner.Tasks[taskId].ToGetRequestInformation());
                taskIdByStep[step] = taskId;
            }

            var response = await client.Batch.PostAsync(batch, cancellationToken);
            var statuses = await response.GetResponsesStatusCodesAsync();
            var throttled = new List<string>();
            var delay = TimeSpan.Zero;
            foreach (var (step, status) in statuses)
            {
                if (status == HttpStatusCode.OK)
                {
                    var task = await response.GetResponseByIdAsync<PlannerTask>(step);
                    found[taskIdByStep[step]] = PlannerTaskMapping.ToSnapshot(task, taskIdByStep[step]);
                }
                else if (status == HttpStatusCode.TooManyRequests)
                {
                    throttled.Add(taskIdByStep[step]);
                    using var inner = await response.GetResponseByIdAsync(step);
                    var after = inner.Headers.RetryAfter?.Delta ?? DefaultRetryAfter;
                    delay = after > delay ? after : delay;
                }
            }

            if (throttled.Count == 0)
            {
                return found;
            }

            if (round == MaxRounds)
            {
                GraphLog.BatchGaveUp(logger, throttled.Count, round);
                return found;
            }

            GraphLog.BatchThrottled(logger, throttled.Count, delay);
            await Task.Delay(delay, time, cancellationToken);
            pending = throttled;
        }
    }
}
