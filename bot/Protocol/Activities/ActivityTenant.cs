using System.Text.Json;

namespace CxReviewBot.Protocol.Activities;

internal static class ActivityTenant
{
    /// <summary>The Entra tenant of an activity: <c>conversation.tenantId</c>, else <c>channelData.tenant.id</c>.</summary>
    public static string? Of(Activity activity)
    {
        if (!string.IsNullOrWhiteSpace(activity.Conversation?.TenantId))
        {
            return activity.Conversation.TenantId;
        }
        return activity.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
            && tenant.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null;
    }
}
