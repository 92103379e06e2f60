using System.Text.Json;
using CxReviewBot.Data;
using CxReviewBot.Hosting;
using CxReviewBot.Protocol.Activities;
using CxReviewBot.Protocol.Auth;
using CxReviewBot.Protocol.Connector;
using Microsoft.Extensions.Options;

namespace CxReviewBot.Protocol.Routing;

/// <summary>
/// <c>POST /api/messages</c>: size limit, parse, authenticate, de-duplicate, route. Status codes per contract.md:
/// 413 over 256 KB, 400 malformed (also a lone surrogate in any string), 401 bad token, 403 a channel, tenant or
/// serviceUrl not served, 400 no tenant, 200 with the invoke body for invokes, 200 otherwise.
/// </summary>
internal static class MessagesEndpoint
{
    public const int MaxBodyBytes = 256 * 1024;

    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", HandleAsync);
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, ILogger<ActivityRouter> logger, CancellationToken cancellationToken)
    {
        var services = http.RequestServices;
        var body = await RequestBody.ReadAsync(http.Request, MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return Reject(logger, StatusCodes.Status413PayloadTooLarge, "body over 256 KB");
        }
        var authenticator = services.GetRequiredService<InboundAuthenticator>();
        var header = http.Request.Headers.Authorization.ToString();
        var authRequired = !services.GetRequiredService<IOptions<BotOptions>>().Value.IsDevelopmentMode;
        if (authRequired && !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Reject(logger, StatusCodes.Status401Unauthorized, "missing bearer token");
        }
        if (Parse(body) is not { } activity)
        {
            return Reject(logger, StatusCodes.Status400BadRequest, "malformed activity JSON");
        }
        var auth = await authenticator.AuthenticateAsync(header, activity.ChannelId, activity.ServiceUrl, cancellationToken);
        if (!auth.Succeeded)
        {
            return Reject(logger, StatusCodes.Status401Unauthorized, auth.FailureReason ?? "invalid token");
        }
        if (TrustedServiceUrls.Normalize(activity.ServiceUrl) is null || string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return Reject(logger, StatusCodes.Status400BadRequest, "activity lacks a serviceUrl or conversation id");
        }
        if (!services.GetRequiredService<TrustedServiceUrls>().Trust(activity.ServiceUrl!))
        {
            return Reject(logger, StatusCodes.Status403Forbidden, "serviceUrl not in Bot:ServiceUrlAllowList");
        }
        var (tenantId, status, reason) = InboundGate.Check(activity, services.GetRequiredService<IOptions<BotOptions>>().Value);
        if (tenantId is null)
        {
            return Reject(logger, status, reason!);
        }
        services.GetRequiredService<TenantScope>().Set(tenantId);
        var turn = new TurnContext(activity, tenantId, services.GetRequiredService<IConnectorClient>());
        // Not the request's abort token: the turn has its own deadline (TurnRunner).
        return await services.GetRequiredService<TurnRunner>().RunAsync(turn);
    }

    private static Activity? Parse(byte[] body)
    {
        if (!JsonStrings.AreWellFormed(body))
        {
            return null;
        }
        try
        {
            var activity = JsonSerializer.Deserialize(body, ProtocolJsonContext.Default.Activity);
            return string.IsNullOrWhiteSpace(activity?.Type) ? null : activity;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IResult Reject(ILogger logger, int status, string reason)
    {
        RoutingLog.Rejected(logger, status, reason);
        return Results.StatusCode(status);
    }
}
