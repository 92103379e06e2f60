using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace CxReviewBot.TestKit;

/// <summary>Posts activities to the bot's /api/messages the way the Bot Connector does.</summary>
public sealed class BotClient(HttpClient http, FakeBotFrameworkIdentity? identity)
{
    /// <summary>Posts with a valid token for the activity's serviceUrl (when an identity is configured).</summary>
    public Task<HttpResponseMessage> PostAsync(JsonObject activity, CancellationToken cancellationToken = default) =>
        PostAsync(activity, identity?.MintToken(spec => spec.ServiceUrl = activity["serviceUrl"]?.GetValue<string>()), cancellationToken);

    public async Task<HttpResponseMessage> PostAsync(JsonObject activity, string? token, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return await http.SendAsync(request, cancellationToken);
    }

    public async Task<HttpResponseMessage> PostRawAsync(string body, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return await http.SendAsync(request);
    }
}
