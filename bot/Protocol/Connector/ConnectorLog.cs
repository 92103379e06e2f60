using Microsoft.Extensions.Logging;

namespace CxReviewBot.Protocol.Connector;

internal static partial class ConnectorLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Debug, Message = "Connector token acquired from {Endpoint}, valid for {Lifetime}")]
    public static partial void TokenAcquired(ILogger logger, string endpoint, TimeSpan lifetime);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Error, Message = "Connector token request to {Endpoint} failed: {Status} {Error}")]
    public static partial void TokenRequestFailed(ILogger logger, string endpoint, int? status, string? error);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Connector token refresh failed, using the cached token until it expires: {Error}")]
    public static partial void TokenRefreshFailedUsingCached(ILogger logger, string error);

    [LoggerMessage(EventId = 1110, Level = LogLevel.Warning, Message = "Refused connector call to untrusted service URL {ServiceUrl}")]
    public static partial void UntrustedServiceUrl(ILogger logger, string serviceUrl);

    [LoggerMessage(EventId = 1111, Level = LogLevel.Information, Message = "Connector {Method} {Path} answered {Status}; retry {Retry} in {Delay}")]
    public static partial void Retrying(ILogger logger, string method, string path, int? status, int retry, TimeSpan delay);

    [LoggerMessage(EventId = 1112, Level = LogLevel.Warning, Message = "Connector {Method} {Path} failed with {Status} {ErrorCode} after {Attempts} attempt(s)")]
    public static partial void CallFailed(ILogger logger, string method, string path, int? status, string? errorCode, int attempts);
}
