using System.Net;
using Microsoft.AspNetCore.Http;

namespace CxReviewBot.Protocol.Auth;

/// <summary>Development mode turns inbound auth off, so it is only allowed while nothing but loopback can reach us.</summary>
internal static class DevelopmentModeGuard
{
    /// <summary>True only if there is at least one listen address and every one is loopback (entries may be ';'-lists).</summary>
    public static bool IsAllowed(IEnumerable<string> listenUrls)
    {
        var urls = listenUrls
            .SelectMany(u => u.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        return urls.Count > 0 && urls.All(IsLoopback);
    }

    private static bool IsLoopback(string url)
    {
        BindingAddress address;
        try
        {
            address = BindingAddress.Parse(url);
        }
        catch (FormatException)
        {
            return false;
        }

        if (address.IsUnixPipe)
        {
            return false;
        }
        var host = address.Host.Trim('[', ']');
        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }
}
