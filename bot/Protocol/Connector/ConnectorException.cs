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
}
