namespace CxReviewBot.Graph;

/// <summary>The bot's verbs against Microsoft Graph (protocol.md §7). Null results mean "not found / not readable".</summary>
internal interface IGraphGateway
{
    Task<PlannerTaskRef> CreatePlannerTaskAsync(
        string planId, string? bucketId, string title, string assigneeAadId, DateTimeOffset? dueUtc, CancellationToken cancellationToken);

    Task<PlannerTaskSnapshot?> GetPlannerTaskAsync(string taskId, CancellationToken cancellationToken);

    /// <summary>Sends <c>If-Match: etag</c>; on 412 re-reads and retries once (see <see cref="PlannerUpdateOutcome"/>).</summary>
    Task<PlannerUpdateResult> UpdatePlannerTaskAsync(string taskId, PlannerTaskChanges changes, string etag, CancellationToken cancellationToken);

    Task<GraphPerson?> GetManagerAsync(string userAadId, CancellationToken cancellationToken);

    /// <summary>Null when the mailbox settings can't be read (403, 404).</summary>
    Task<MailboxWorkingHours?> GetMailboxSettingsAsync(string userAadId, CancellationToken cancellationToken);

    /// <summary>Reads tasks through JSON <c>$batch</c> (≤20 per batch); tasks not found are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, PlannerTaskSnapshot>> GetTasksAsync(IReadOnlyCollection<string> taskIds, CancellationToken cancellationToken);
}
