namespace CxReviewBot.Graph;

/// <summary>The bot's verbs against Microsoft Graph (protocol.md §7). Null results mean "not found / not readable".</summary>
internal interface IGraphGateway
{
    /// <summary>
    /// Creates a task (unassigned when <paramref name="assigneeAadId"/> is null). Retried by the SDK on 429 only: a 5xx
    /// after Planner stored the task would otherwise create it twice.
    /// </summary>
    Task<PlannerTaskRef> CreatePlannerTaskAsync(
        string planId, string? bucketId, string title, string? assigneeAadId, DateTimeOffset? dueUtc, CancellationToken cancellationToken);

    Task<PlannerTaskSnapshot?> GetPlannerTaskAsync(string taskId, CancellationToken cancellationToken);

    /// <summary>Sends <c>If-Match: etag</c>; on 412 re-reads and retries once (see <see cref="PlannerUpdateOutcome"/>).</summary>
    Task<PlannerUpdateResult> UpdatePlannerTaskAsync(string taskId, PlannerTaskChanges changes, string etag, CancellationToken cancellationToken);

    Task<GraphPerson?> GetManagerAsync(string userAadId, CancellationToken cancellationToken);

    /// <summary>Null when the mailbox settings can't be read (403, 404).</summary>
    Task<MailboxWorkingHours?> GetMailboxSettingsAsync(string userAadId, CancellationToken cancellationToken);

    /// <summary>Reads tasks through JSON <c>$batch</c> (≤20 per batch); tasks not found are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, PlannerTaskSnapshot>> GetTasksAsync(IReadOnlyCollection<string> taskIds, CancellationToken cancellationToken);

    /// <summary>Null when the plan does not exist or the app may not read it.</summary>
    Task<PlannerPlanRef?> GetPlannerPlanAsync(string planId, CancellationToken cancellationToken);

    /// <summary>App-only Graph creates plans only in a Microsoft 365 group (<c>container.url</c> = the group).</summary>
    Task<PlannerPlanRef> CreatePlannerPlanAsync(string groupId, string title, CancellationToken cancellationToken);

    Task<IReadOnlyList<PlannerBucketRef>> GetPlannerBucketsAsync(string planId, CancellationToken cancellationToken);

    Task<PlannerBucketRef> CreatePlannerBucketAsync(string planId, string name, CancellationToken cancellationToken);

    /// <summary>All tasks of a plan (following <c>@odata.nextLink</c>), with their creation time and creating app.</summary>
    Task<IReadOnlyList<PlannerTaskSnapshot>> GetPlanTasksAsync(string planId, CancellationToken cancellationToken);
}
