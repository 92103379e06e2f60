using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

namespace CxReviewBot.Graph;

/// <summary>
/// Plans, buckets and a plan's task list. App-only Graph can create a plan only inside a Microsoft 365 group
/// (container <c>/groups/{id}</c>, Tasks.ReadWrite.All); it cannot create one in a user's personal space.
/// </summary>
internal sealed class PlannerPlans(GraphServiceClient client, GraphOptions options, ILogger logger)
{
    public async Task<PlannerPlanRef?> GetPlanAsync(string planId, CancellationToken cancellationToken)
    {
        try
        {
            var plan = await client.Planner.Plans[planId].GetAsync(cancellationToken: cancellationToken);
            return plan?.Id is null ? null : new PlannerPlanRef(plan.Id, plan.Title ?? "", plan.Container?.ContainerId);
        }
        catch (ApiException ex) when (ex.ResponseStatusCode is 403 or 404)
        {
            GraphLog.NotReadable(logger, "planner plan", planId, ex.ResponseStatusCode);
            return null;
        }
    }

    public async Task<PlannerPlanRef> CreatePlanAsync(string groupId, string title, CancellationToken cancellationToken)
    {
        var body = new PlannerPlan
        {
            Title = title,
            Container = new PlannerPlanContainer { Url = $"{ContainerRoot}/groups/{groupId}" },
        };
        var plan = await client.Planner.Plans.PostAsync(body, cancellationToken: cancellationToken);
        var id = plan?.Id ?? throw new InvalidOperationException("Graph returned a Planner plan without an id.");
        GraphLog.PlanCreated(logger, id, groupId);
        return new PlannerPlanRef(id, plan.Title ?? title, groupId);
    }

    public async Task<IReadOnlyList<PlannerBucketRef>> ListBucketsAsync(string planId, CancellationToken cancellationToken)
    {
        var buckets = new List<PlannerBucketRef>();
        var page = await client.Planner.Plans[planId].Buckets.GetAsync(cancellationToken: cancellationToken);
        while (page is not null)
        {
            buckets.AddRange((page.Value ?? []).Where(b => b.Id is not null).Select(b => new PlannerBucketRef(b.Id!, b.Name ?? "")));
            page = page.OdataNextLink is { } next
                ? await client.Planner.Plans[planId].Buckets.WithUrl(next).GetAsync(cancellationToken: cancellationToken)
                : null;
        }

        return buckets;
    }

    public async Task<PlannerBucketRef> CreateBucketAsync(string planId, string name, CancellationToken cancellationToken)
    {
        var bucket = await client.Planner.Buckets.PostAsync(
            new PlannerBucket { PlanId = planId, Name = name, OrderHint = PlannerTaskMapping.FirstOrderHint }, cancellationToken: cancellationToken);
        var id = bucket?.Id ?? throw new InvalidOperationException("Graph returned a Planner bucket without an id.");
        GraphLog.BucketCreated(logger, id, planId);
        return new PlannerBucketRef(id, bucket.Name ?? name);
    }

    public async Task<IReadOnlyList<PlannerTaskSnapshot>> ListTasksAsync(string planId, CancellationToken cancellationToken)
    {
        var tasks = new List<PlannerTaskSnapshot>();
        var page = await client.Planner.Plans[planId].Tasks.GetAsync(cancellationToken: cancellationToken);
        while (page is not null)
        {
            tasks.AddRange((page.Value ?? []).Where(t => t.Id is not null).Select(t => PlannerTaskMapping.ToSnapshot(t, t.Id!)));
            page = page.OdataNextLink is { } next
                ? await client.Planner.Plans[planId].Tasks.WithUrl(next).GetAsync(cancellationToken: cancellationToken)
                : null;
        }

        return tasks;
    }

    // Graph wants the group's canonical URL as the container; fakes on loopback get the public-cloud form.
    private string ContainerRoot => options.BaseUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        ? options.BaseUrl.TrimEnd('/')
        : GraphOptions.DefaultBaseUrl;
}
