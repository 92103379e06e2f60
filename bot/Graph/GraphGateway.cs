using System.Net;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace CxReviewBot.Graph;

/// <summary><see cref="IGraphGateway"/> over the Graph SDK; throttling (429/503/504) is retried by the SDK's Kiota handlers.</summary>
internal sealed class GraphGateway(GraphServiceClient client, GraphOptions options, TimeProvider time, ILogger<GraphGateway> logger) : IGraphGateway
{
    private PlannerPlans Plans => new(client, options, logger);

    public async Task<PlannerTaskRef> CreatePlannerTaskAsync(
        string planId, string? bucketId, string title, string? assigneeAadId, DateTimeOffset? dueUtc, CancellationToken cancellationToken)
    {
        var body = new PlannerTask
        {
            PlanId = planId,
            Title = title,
            Assignments = assigneeAadId is null ? new PlannerAssignments() : PlannerTaskMapping.AssignTo(assigneeAadId),
        };
        if (bucketId is not null)
        {
            body.BucketId = bucketId;
        }

        if (dueUtc is not null)
        {
            body.DueDateTime = dueUtc.Value.ToUniversalTime();
        }

        var created = await client.Planner.Tasks.PostAsync(
                body,
                config => config.Options.Add(new RetryHandlerOption { ShouldRetry = (_, _, response) => response.StatusCode == HttpStatusCode.TooManyRequests }),
                cancellationToken)
            ?? throw new InvalidOperationException("Graph returned no body for a created Planner task.");
        var id = created.Id ?? throw new InvalidOperationException("Graph returned a Planner task without an id.");
        GraphLog.TaskCreated(logger, id, planId);
        return new PlannerTaskRef(id, PlannerTaskMapping.ETagOf(created) ?? "");
    }

    public async Task<PlannerTaskSnapshot?> GetPlannerTaskAsync(string taskId, CancellationToken cancellationToken)
    {
        try
        {
            var task = await client.Planner.Tasks[taskId].GetAsync(cancellationToken: cancellationToken);
            return task is null ? null : PlannerTaskMapping.ToSnapshot(task, taskId);
        }
        catch (ApiException ex) when (ex.ResponseStatusCode == 404)
        {
            GraphLog.NotReadable(logger, "planner task", taskId, ex.ResponseStatusCode);
            return null;
        }
    }

    public async Task<PlannerUpdateResult> UpdatePlannerTaskAsync(
        string taskId, PlannerTaskChanges changes, string etag, CancellationToken cancellationToken)
    {
        var first = await TryPatchAsync(taskId, changes, etag, cancellationToken);
        if (first.Status != 412)
        {
            return first.ToResult(PlannerUpdateOutcome.Updated);
        }

        GraphLog.StaleETag(logger, taskId);
        var current = await GetPlannerTaskAsync(taskId, cancellationToken);
        if (current is null)
        {
            return new PlannerUpdateResult(PlannerUpdateOutcome.NotFound, null);
        }

        if (changes.ConflictsWith(current))
        {
            GraphLog.UpdateConflict(logger, taskId);
            return new PlannerUpdateResult(PlannerUpdateOutcome.Conflict, current.ETag, current);
        }

        if (changes.IsSatisfiedBy(current))
        {
            return new PlannerUpdateResult(PlannerUpdateOutcome.AlreadyApplied, current.ETag, current);
        }

        var retry = await TryPatchAsync(taskId, changes, current.ETag, cancellationToken);
        return retry.Status == 412
            ? new PlannerUpdateResult(PlannerUpdateOutcome.Conflict, current.ETag, current)
            : retry.ToResult(PlannerUpdateOutcome.UpdatedAfterRetry) with { Current = current };
    }

    public async Task<GraphPerson?> GetManagerAsync(string userAadId, CancellationToken cancellationToken)
    {
        try
        {
            var manager = await client.Users[userAadId].Manager.GetAsync(cancellationToken: cancellationToken);
            return manager?.Id is null ? null : manager is User user
                ? new GraphPerson(user.Id!, user.UserPrincipalName, user.DisplayName)
                : new GraphPerson(manager.Id, null, null);
        }
        catch (ApiException ex) when (ex.ResponseStatusCode == 404)
        {
            GraphLog.NotReadable(logger, "manager", userAadId, ex.ResponseStatusCode);
            return null;
        }
    }

    public async Task<MailboxWorkingHours?> GetMailboxSettingsAsync(string userAadId, CancellationToken cancellationToken)
    {
        try
        {
            var settings = await client.Users[userAadId].MailboxSettings.GetAsync(cancellationToken: cancellationToken);
            return settings is null ? null : MailboxSettingsMapping.ToWorkingHours(settings, userAadId, logger);
        }
        catch (ApiException ex) when (ex.ResponseStatusCode is 403 or 404)
        {
            GraphLog.NotReadable(logger, "mailbox settings", userAadId, ex.ResponseStatusCode);
            return null;
        }
    }

    public Task<IReadOnlyDictionary<string, PlannerTaskSnapshot>> GetTasksAsync(
        IReadOnlyCollection<string> taskIds, CancellationToken cancellationToken) =>
        new PlannerTaskBatchReader(client, time, logger).ReadAsync(taskIds, cancellationToken);

    public Task<PlannerPlanRef?> GetPlannerPlanAsync(string planId, CancellationToken cancellationToken) =>
        Plans.GetPlanAsync(planId, cancellationToken);

    public Task<PlannerPlanRef> CreatePlannerPlanAsync(string groupId, string title, CancellationToken cancellationToken) =>
        Plans.CreatePlanAsync(groupId, title, cancellationToken);

    public Task<IReadOnlyList<PlannerBucketRef>> GetPlannerBucketsAsync(string planId, CancellationToken cancellationToken) =>
        Plans.ListBucketsAsync(planId, cancellationToken);

    public Task<PlannerBucketRef> CreatePlannerBucketAsync(string planId, string name, CancellationToken cancellationToken) =>
        Plans.CreateBucketAsync(planId, name, cancellationToken);

    public Task<IReadOnlyList<PlannerTaskSnapshot>> GetPlanTasksAsync(string planId, CancellationToken cancellationToken) =>
        Plans.ListTasksAsync(planId, cancellationToken);

    private async Task<PatchAttempt> TryPatchAsync(string taskId, PlannerTaskChanges changes, string etag, CancellationToken cancellationToken)
    {
        try
        {
            var updated = await client.Planner.Tasks[taskId].PatchAsync(
                PlannerTaskMapping.ToPatch(changes),
                config =>
                {
                    config.Headers.Add("If-Match", etag);
                    config.Headers.Add("Prefer", "return=representation");
                },
                cancellationToken);
            return new PatchAttempt(200, updated is null ? null : PlannerTaskMapping.ToSnapshot(updated, taskId));
        }
        catch (ApiException ex) when (ex.ResponseStatusCode is 404 or 412)
        {
            return new PatchAttempt(ex.ResponseStatusCode, null);
        }
    }

    private sealed record PatchAttempt(int Status, PlannerTaskSnapshot? Updated)
    {
        public PlannerUpdateResult ToResult(PlannerUpdateOutcome success) => Status == 404
            ? new PlannerUpdateResult(PlannerUpdateOutcome.NotFound, null)
            : new PlannerUpdateResult(success, Updated?.ETag, Updated);
    }
}
