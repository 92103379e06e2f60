using CxReviewBot.Hosting;
using CxReviewBot.Protocol.Activities;

namespace CxReviewBot.Protocol.Routing;

/// <summary>
/// Who may be served, after authentication: a channel in <c>Bot:AllowedChannels</c> (default Teams only), exactly one
/// tenant named by the activity (never the CLI's default tenant: a client choosing no tenant would act in it), and
/// for a single-tenant bot (<c>Bot:TenantId</c>) that tenant only.
/// </summary>
internal static class InboundGate
{
    public static (string? TenantId, int Status, string? Reason) Check(Activity activity, BotOptions options)
    {
        if (!options.AllowsChannel(activity.ChannelId))
        {
            return (null, StatusCodes.Status403Forbidden, $"channel '{Printable(activity.ChannelId)}' not in Bot:AllowedChannels");
        }
        var (tenantId, problem) = ActivityTenant.Resolve(activity);
        if (tenantId is null)
        {
            return (null, StatusCodes.Status400BadRequest, problem);
        }
        if (!string.IsNullOrWhiteSpace(options.TenantId) && !string.Equals(tenantId, options.TenantId.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return (null, StatusCodes.Status403Forbidden, $"tenant '{tenantId}' is not this single-tenant bot's (Bot:TenantId)");
        }
        return (tenantId, StatusCodes.Status200OK, null);
    }

    private static string Printable(string? text) =>
        text is null ? "" : new string(text.Take(40).Select(c => char.IsControl(c) || char.IsSurrogate(c) ? '?' : c).ToArray());
}
