using Microsoft.Extensions.Logging;

namespace CxReviewBot.Protocol.Auth;

/// <summary>Auth log messages, event ids 1000-1099. Tokens are never logged.</summary>
internal static partial class AuthLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Warning, Message = "Inbound request rejected: {Reason} (channel {ChannelId})")]
    public static partial void Rejected(ILogger logger, string reason, string? channelId);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Debug, Message = "Development mode: inbound request accepted without authentication")]
    public static partial void DevelopmentModeAnonymous(ILogger logger);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Bot Framework signing keys refreshed: {KeyCount} keys")]
    public static partial void KeysRefreshed(ILogger logger, int keyCount);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "Fetching Bot Framework signing keys from {MetadataUrl} failed; keeping the previous keys")]
    public static partial void KeyRefreshFailed(ILogger logger, string metadataUrl, Exception exception);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "OpenID metadata names issuer {Issuer}; tokens are still required to come from the Bot Framework issuer")]
    public static partial void UnexpectedMetadataIssuer(ILogger logger, string issuer);
}
