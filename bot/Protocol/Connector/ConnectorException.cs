using System.Net;

namespace CxReviewBot.Protocol.Connector;

/// <summary>A connector call that failed for good (after retries) or was refused before sending.</summary>
internal sealed class ConnectorException(HttpStatusCode? status, string? errorCode, string message, bool isTransient)
    : Exception(message)
{
    public HttpStatusCode? Status { get; } = status;

    /// <summary>The connector's <c>error.code</c> (e.g. <c>MessageSizeTooBig</c>, <c>MessageWritesBlocked</c>).</summary>
    public string? ErrorCode { get; } = errorCode;

    /// <summary>True when trying again later may succeed (throttled, 5xx, network).</summary>
    public bool IsTransient { get; } = isTransient;

    /// <summary>The connector's last <c>Retry-After</c>, if any; one longer than the retry budget's MaxDelay ends the call early.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>
    /// The connector answered that this request will never succeed (protocol.md §11.1: 400 bad request, 403 bot
    /// blocked, removed or not allowed, 404 conversation or activity gone, 413 too big); retrying the same work is useless.
    /// </summary>
    public bool IsPermanentRefusal => (int?)Status is 400 or 403 or 404 or 413;
}
