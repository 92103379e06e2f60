using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CxReviewBot.Protocol.Activities;
using Microsoft.Extensions.Logging;

namespace CxReviewBot.Protocol.Connector;

/// <summary>
/// Bot Connector REST v3: every path on one screen, pacing inside, and retries up to the given settings' MaxRetries. Short-lived (made per turn or per outbox delivery by <see cref="ConnectorClients"/>) so its HttpClient
/// comes fresh from the factory and the pooled handler is recycled (DNS changes are seen).
/// </summary>
internal sealed class ConnectorClient(
    HttpClient http,
    ConnectorTokenProvider tokens,
    TrustedServiceUrls trustedServiceUrls,
    ConversationPacer pacer,
    BotRatePacer botPacer,
    ConnectorOptions settings,
    TimeProvider time,
    ILogger<ConnectorClient> logger) : IConnectorClient
{
    private static readonly ProtocolJsonContext Json = ProtocolJsonContext.Default;

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{E(conversationId)}/activities",
            Body(activity, Json.Activity), conversationId, Json.ResourceResponse, cancellationToken);

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{E(conversationId)}/activities/{E(activityId)}",
            Body(activity, Json.Activity), conversationId, Json.ResourceResponse, cancellationToken);

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Put, serviceUrl, $"v3/conversations/{E(conversationId)}/activities/{E(activityId)}",
            Body(activity, Json.Activity), conversationId, Json.ResourceResponse, cancellationToken);

    public async Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        await ExecuteAsync(HttpMethod.Delete, serviceUrl, $"v3/conversations/{E(conversationId)}/activities/{E(activityId)}",
            null, null, cancellationToken).ConfigureAwait(false);

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Post, serviceUrl, "v3/conversations",
            Body(parameters, Json.ConversationParameters), CreatePaceKey(parameters), Json.ConversationResourceResponse, cancellationToken);

    public Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var query = $"?pageSize={pageSize}" + (string.IsNullOrEmpty(continuationToken) ? "" : $"&continuationToken={E(continuationToken)}");
        return CallAsync(HttpMethod.Get, serviceUrl, $"v3/conversations/{E(conversationId)}/pagedmembers{query}",
            null, null, Json.PagedMembersResult, cancellationToken);
    }

    public async Task<ChannelAccount?> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken)
    {
        try
        {
            return await CallAsync(HttpMethod.Get, serviceUrl, $"v3/conversations/{E(conversationId)}/members/{E(memberId)}",
                null, null, Json.ChannelAccount, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException ex) when (ex.Status == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    private static string E(string value) => Uri.EscapeDataString(value);

    private static byte[] Body<T>(T value, JsonTypeInfo<T> type) => JsonSerializer.SerializeToUtf8Bytes(value, type);

    // Creation limits apply per thread; a 1:1 thread is identified by its member, a channel thread by its channel.
    private static string CreatePaceKey(ConversationParameters parameters)
    {
        if (parameters.Members is [{ Id: { } member }, ..])
        {
            return "create:" + member;
        }
        return parameters.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("channel", out var channel) && channel.ValueKind == JsonValueKind.Object
            && channel.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? "create:" + id.GetString()
            : "create:";
    }

    private async Task<T> CallAsync<T>(HttpMethod method, string serviceUrl, string path, byte[]? body, string? paceKey,
        JsonTypeInfo<T> resultType, CancellationToken cancellationToken) where T : new()
    {
        var text = await ExecuteAsync(method, serviceUrl, path, body, paceKey, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new T();
        }
        try
        {
            return JsonSerializer.Deserialize(text, resultType) ?? new T();
        }
        catch (JsonException ex)
        {
            throw new ConnectorException(HttpStatusCode.OK, null, $"{method} {path}: unreadable response ({ex.Message})", isTransient: false);
        }
    }

    private async Task<string> ExecuteAsync(HttpMethod method, string serviceUrl, string path, byte[]? body, string? paceKey,
        CancellationToken cancellationToken)
    {
        // A bot token may only go to a service URL that arrived in a validated activity.
        var baseUrl = TrustedServiceUrls.Normalize(serviceUrl);
        if (baseUrl is null || !trustedServiceUrls.IsTrusted(baseUrl))
        {
            ConnectorLog.UntrustedServiceUrl(logger, serviceUrl);
            throw new ConnectorException(null, "UntrustedServiceUrl", $"Service URL '{serviceUrl}' is not trusted", isTransient: false);
        }
        var uri = new Uri(new Uri(baseUrl), path);
        for (var retry = 0; ; retry++)
        {
            if (paceKey is not null && settings.Pacing)
            {
                await pacer.WaitTurnAsync(paceKey, cancellationToken).ConfigureAwait(false);
            }
            if (settings.Pacing && settings.BotRequestsPerSecond > 0)
            {
                await botPacer.WaitTurnAsync(settings.BotRequestsPerSecond, cancellationToken).ConfigureAwait(false);
            }
            var token = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
            var outcome = await AttemptAsync(method, uri, body, token, cancellationToken).ConfigureAwait(false);
            if (outcome.Success)
            {
                return outcome.Body;
            }
            var retryable = outcome.Status is not { } status || ConnectorRetryPolicy.IsRetryable(status);
            var delay = retryable
                ? ConnectorRetryPolicy.NextDelay(retry + 1, outcome.RetryAfter, settings, Random.Shared.NextDouble())
                : null;
            if (delay is null)
            {
                var transient = outcome.Status is not { } s || ConnectorRetryPolicy.IsTransient(s);
                ConnectorLog.CallFailed(logger, method.Method, uri.AbsolutePath, (int?)outcome.Status, outcome.ErrorCode, retry + 1);
                throw new ConnectorException(outcome.Status, outcome.ErrorCode,
                    $"{method} {uri.AbsolutePath} failed after {retry + 1} attempt(s): {(int?)outcome.Status} {outcome.ErrorCode} {outcome.Message}".TrimEnd(),
                    transient)
                { RetryAfter = outcome.RetryAfter };
            }
            ConnectorLog.Retrying(logger, method.Method, uri.AbsolutePath, (int?)outcome.Status, retry + 1, delay.Value);
            await Task.Delay(delay.Value, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<Outcome> AttemptAsync(HttpMethod method, Uri uri, byte[]? body, string? token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }
        try
        {
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return new Outcome(true, response.StatusCode, text, null, null, null);
            }
            var (code, message) = ConnectorErrorBody.Read(text);
            var retryAfter = ConnectorRetryPolicy.ParseRetryAfter(
                response.Headers.TryGetValues("Retry-After", out var values) ? values.FirstOrDefault() : null, time.GetUtcNow());
            return new Outcome(false, response.StatusCode, text, code, message, retryAfter);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // Network failure or per-attempt timeout: no status, retried like a 503.
            return new Outcome(false, null, "", null, ex.Message, null);
        }
    }

    private sealed record Outcome(bool Success, HttpStatusCode? Status, string Body, string? ErrorCode, string? Message, TimeSpan? RetryAfter);
}
