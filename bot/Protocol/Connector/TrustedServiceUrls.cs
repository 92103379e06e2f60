using System.Collections.Concurrent;
using CxReviewBot.Hosting;
using Microsoft.Extensions.Options;

namespace CxReviewBot.Protocol.Connector;

/// <summary>
/// Service URLs we may send a bot token to: those that arrived in an activity that passed validation (or were
/// stored from one), optionally narrowed by <see cref="BotOptions.ServiceUrlAllowList"/>.
/// </summary>
internal sealed class TrustedServiceUrls(IOptions<BotOptions> options)
{
    private readonly ConcurrentDictionary<string, byte> _trusted = new(StringComparer.OrdinalIgnoreCase);

    public bool Trust(string serviceUrl)
    {
        var normalized = Normalize(serviceUrl);
        if (normalized is null || !IsAllowed(normalized))
        {
            return false;
        }
        _trusted.TryAdd(normalized, 0);
        return true;
    }

    public bool IsTrusted(string serviceUrl)
    {
        var normalized = Normalize(serviceUrl);
        return normalized is not null && _trusted.ContainsKey(normalized) && IsAllowed(normalized);
    }

    public bool IsAllowed(string serviceUrl)
    {
        var allowList = options.Value.ServiceUrlAllowList;
        return allowList.Count == 0
            || allowList.Any(prefix => serviceUrl.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
    }

    public static string? Normalize(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return null;
        }
        var text = uri.GetLeftPart(UriPartial.Path);
        return text.EndsWith('/') ? text : text + "/";
    }
}
