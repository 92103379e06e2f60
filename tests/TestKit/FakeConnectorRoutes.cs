using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CxReviewBot.TestKit;

/// <summary>The routes of <see cref="FakeConnector"/>: the connector REST v3 subset our bot uses and the token endpoint.</summary>
internal static class FakeConnectorRoutes
{
    private const string Scope = "https://api.botframework.com/.default";

    public static void Map(IEndpointRouteBuilder app, FakeConnector fake)
    {
        app.MapPost("/{tenant}/oauth2/v2.0/token", context => TokenAsync(context, fake));

        var v3 = app.MapGroup("/teams/v3/conversations");
        v3.MapPost("", c => HandleAsync(c, fake, FakeConnectorOperation.CreateConversation));
        v3.MapPost("/{conversationId}/activities", c => HandleAsync(c, fake, FakeConnectorOperation.SendToConversation));
        v3.MapPost("/{conversationId}/activities/{activityId}", c => HandleAsync(c, fake, FakeConnectorOperation.ReplyToActivity));
        v3.MapPut("/{conversationId}/activities/{activityId}", c => HandleAsync(c, fake, FakeConnectorOperation.UpdateActivity));
        v3.MapDelete("/{conversationId}/activities/{activityId}", c => HandleAsync(c, fake, FakeConnectorOperation.DeleteActivity));
        v3.MapGet("/{conversationId}/pagedmembers", c => HandleAsync(c, fake, FakeConnectorOperation.GetPagedMembers));
        v3.MapGet("/{conversationId}/members", c => HandleAsync(c, fake, FakeConnectorOperation.GetMembers));
        v3.MapGet("/{conversationId}/members/{memberId}", c => HandleAsync(c, fake, FakeConnectorOperation.GetMember));
        app.MapFallback(c => HandleAsync(c, fake, FakeConnectorOperation.Unknown));
    }

    private static async Task TokenAsync(HttpContext context, FakeConnector fake)
    {
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync() : null;
        var fields = new JsonObject();
        foreach (var (key, value) in form ?? (IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>>)[])
        {
            fields[key] = value.ToString();
        }
        string? Field(string name) => form?[name].ToString() is { Length: > 0 } v ? v : null;
        var (status, body) = (Field("grant_type"), Field("client_id"), Field("client_secret"), Field("scope")) switch
        {
            (not "client_credentials", _, _, _) => (400, OAuthError("unsupported_grant_type")),
            (_, null, _, _) or (_, _, null, _) => (400, OAuthError("invalid_request")),
            (_, _, _, not Scope) => (400, OAuthError("invalid_scope")),
            (_, var id, var secret, _) when (fake.ExpectedClientId is { } e && e != id) || (fake.ExpectedClientSecret is { } s && s != secret)
                => (401, OAuthError("invalid_client")),
            _ => (200, new JsonObject
            {
                ["token_type"] = "Bearer",
                ["expires_in"] = (int)fake.TokenLifetime.TotalSeconds,
                ["ext_expires_in"] = (int)fake.TokenLifetime.TotalSeconds,
                ["access_token"] = fake.AccessToken,
            }),
        };
        fake.Record(context, FakeConnectorOperation.Token, fields, status, null, null);
        await WriteAsync(context, status, body, null);
    }

    private static async Task HandleAsync(HttpContext context, FakeConnector fake, FakeConnectorOperation operation)
    {
        var body = await ReadJsonAsync(context.Request);
        var conversationId = context.Request.RouteValues["conversationId"] as string;
        var activityId = context.Request.RouteValues["activityId"] as string;
        if (!await fake.SlowDownAsync(context.RequestAborted))
        {
            fake.Record(context, operation, body, 499, conversationId, activityId);
            return;
        }
        var (status, response, retryAfter) = Answer(context, fake, operation, body, conversationId, ref activityId);
        if (operation == FakeConnectorOperation.CreateConversation && status < 300)
        {
            conversationId = response?["id"]?.GetValue<string>();
        }
        fake.Record(context, operation, body, status, conversationId, activityId);
        await WriteAsync(context, status, response, retryAfter);
    }

    private static (int Status, JsonNode? Body, string? RetryAfter) Answer(HttpContext context, FakeConnector fake,
        FakeConnectorOperation operation, JsonNode? body, string? conversationId, ref string? activityId)
    {
        if (operation == FakeConnectorOperation.Unknown)
        {
            return (404, FakeConnectorFault.Error("NotFound", $"No fake route for {context.Request.Method} {context.Request.Path}"), null);
        }
        if (fake.RequireAuthorization && context.Request.Headers.Authorization.ToString() != "Bearer " + fake.AccessToken)
        {
            return (401, FakeConnectorFault.Error("Unauthorized", "Authorization has been denied for this request."), null);
        }
        var isSend = operation is FakeConnectorOperation.SendToConversation or FakeConnectorOperation.ReplyToActivity or FakeConnectorOperation.UpdateActivity;
        if (fake.RateLimits?.Check(conversationId, isSend, DateTimeOffset.UtcNow, TenantOf(body)) is { } wait)
        {
            return (429, FakeConnectorFault.Error("TooManyRequests", "Too many requests"), wait);
        }
        if (fake.TakeFault(context.Request.Path.Value ?? "") is { } fault)
        {
            return (fault.Status, fault.Body?.DeepClone(), fault.RetryAfter);
        }
        if (fake.MaxActivityBytes is { } max && body is not null && Encoding.UTF8.GetByteCount(body.ToJsonString()) > max)
        {
            var tooBig = FakeConnectorFault.MessageSizeTooBig();
            return (tooBig.Status, tooBig.Body, null);
        }
        switch (operation)
        {
            case FakeConnectorOperation.SendToConversation or FakeConnectorOperation.ReplyToActivity:
                if (body?["type"] is null)
                {
                    return (400, FakeConnectorFault.Error("BadArgument", "Activity type is required"), null);
                }
                activityId = fake.NextActivityId();
                return (201, new JsonObject { ["id"] = activityId }, null);
            case FakeConnectorOperation.UpdateActivity:
                return (200, new JsonObject { ["id"] = activityId }, null);
            case FakeConnectorOperation.DeleteActivity:
                return (200, null, null);
            case FakeConnectorOperation.CreateConversation:
                return Create(fake, body, ref activityId);
            case FakeConnectorOperation.GetPagedMembers:
                return (200, Page(fake, conversationId!, context.Request.Query), null);
            case FakeConnectorOperation.GetMembers:
                return (200, new JsonArray([.. fake.RosterOf(conversationId!).Select(m => m.ToJson(fake.TenantId))]), null);
            default:
                var memberId = context.Request.RouteValues["memberId"] as string ?? "";
                return fake.RosterOf(conversationId!).FirstOrDefault(m => m.Matches(memberId)) is { } member
                    ? (200, member.ToJson(fake.TenantId), null)
                    : (404, FakeConnectorFault.Error("MemberNotFoundInConversation", "The member is not part of the conversation."), null);
        }
    }

    // Mirrors what Teams accepts (protocol.md §3.4): 1:1 with one member (idempotent), or a channel thread with an activity.
    private static (int, JsonNode?, string?) Create(FakeConnector fake, JsonNode? body, ref string? activityId)
    {
        var isGroup = body?["isGroup"] is JsonValue g && g.TryGetValue<bool>(out var flag) && flag;
        var channel = body?["channelData"]?["channel"]?["id"] is JsonValue c && c.TryGetValue<string>(out var cid) ? cid : null;
        var member = body?["members"]?[0]?["id"] is JsonValue m && m.TryGetValue<string>(out var mid) ? mid : null;
        if (isGroup && channel is not null && body?["activity"] is not null)
        {
            activityId = fake.NextActivityId();
            return (201, new JsonObject { ["id"] = $"{channel};messageid={activityId}", ["activityId"] = activityId }, null);
        }
        if (!isGroup && member is not null && body?["members"]?.AsArray().Count == 1)
        {
            return (201, new JsonObject { ["id"] = fake.ConversationFor(member) }, null);
        }
        return (400, FakeConnectorFault.Error("BadSyntax", "Incorrect conversation creation parameters"), null);
    }

    private static JsonObject Page(FakeConnector fake, string conversationId, IQueryCollection query)
    {
        var roster = fake.RosterOf(conversationId);
        // Teams clamps page sizes to 50..500; the fake honours small sizes so paging is testable with small rosters.
        var size = int.TryParse(query["pageSize"], CultureInfo.InvariantCulture, out var requested) && requested > 0 ? Math.Min(requested, 500) : 50;
        var token = query["continuationToken"].ToString();
        var offset = token.StartsWith("page-", StringComparison.Ordinal) && int.TryParse(token[5..], CultureInfo.InvariantCulture, out var o) ? o : 0;
        var page = roster.Skip(offset).Take(size).Select(m => (JsonNode)m.ToJson(fake.TenantId)).ToArray();
        var next = offset + size < roster.Count ? $"page-{offset + size}" : null;
        return new JsonObject { ["continuationToken"] = next, ["members"] = new JsonArray(page) };
    }

    private static async Task<JsonNode?> ReadJsonAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }

    // The tenant a call is for, as the activity or conversation parameters in its body name it.
    private static string? TenantOf(JsonNode? body)
    {
        static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;
        return body is JsonObject
            ? Text(body["conversation"]?["tenantId"]) ?? Text(body["tenantId"]) ?? Text(body["channelData"]?["tenant"]?["id"])
                ?? Text(body["activity"]?["conversation"]?["tenantId"])
            : null;
    }

    private static JsonObject OAuthError(string error) => new() { ["error"] = error, ["error_description"] = $"fake token endpoint: {error}" };

    private static async Task WriteAsync(HttpContext context, int status, JsonNode? body, string? retryAfter)
    {
        context.Response.StatusCode = status;
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }
        if (body is not null)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(body.ToJsonString());
        }
    }
}
