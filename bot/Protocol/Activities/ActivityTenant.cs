using System.Text.Json;

namespace CxReviewBot.Protocol.Activities;

internal static class ActivityTenant
{
    /// <summary>Longest tenant id we take: Entra tenant ids are GUIDs (36), the Playground's has 37 characters.</summary>
    public const int MaxLength = 64;

    /// <summary>The Entra tenant of an activity: <c>conversation.tenantId</c>, else <c>channelData.tenant.id</c>.</summary>
    public static string? Of(Activity activity) => Named(activity).FirstOrDefault();

    /// <summary>
    /// The tenant the activity names, or why it cannot be served: none named (Teams always names one), two different
    /// ones, or an id that is not an id.
    /// </summary>
    public static (string? TenantId, string? Problem) Resolve(Activity activity)
    {
        var named = Named(activity).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (named.Count == 0)
        {
            return (null, "activity names no tenant (conversation.tenantId or channelData.tenant.id)");
        }
        if (named.Count > 1)
        {
            return (null, "conversation.tenantId and channelData.tenant.id name different tenants");
        }
        var tenantId = named[0];
        return tenantId.Length <= MaxLength && tenantId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_')
            ? (tenantId, null)
            : (null, "tenant id is not an id (letters, digits, '-', '.', '_', at most 64)");
    }

    private static IEnumerable<string> Named(Activity activity)
    {
        if (!string.IsNullOrWhiteSpace(activity.Conversation?.TenantId))
        {
            yield return activity.Conversation.TenantId;
        }
        if (activity.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
            && tenant.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            && id.GetString() is { } channelTenant && !string.IsNullOrWhiteSpace(channelTenant))
        {
            yield return channelTenant;
        }
    }
}
