using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace CxReviewBot.TestKit;

/// <summary>Turns Kestrel requests into <see cref="FakeGraphCall"/>s and writes <see cref="FakeGraphResponse"/>s back.</summary>
internal static class FakeGraphHttp
{
    public static async Task HandleAsync(FakeGraph fake, HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (!path.StartsWith("/v1.0/", StringComparison.Ordinal))
        {
            context.Response.StatusCode = 404;
            return;
        }

        JsonNode? body = null;
        if (context.Request.ContentLength is > 0 || context.Request.Headers.TransferEncoding.Count > 0)
        {
            using var reader = new StreamReader(context.Request.Body);
            var text = await reader.ReadToEndAsync(context.RequestAborted);
            if (text.Length > 0)
            {
                try
                {
                    body = JsonNode.Parse(text);
                }
                catch (JsonException)
                {
                    await WriteAsync(context, FakeGraphResponse.Error(400, "BadRequest", "Invalid JSON body."));
                    return;
                }
            }
        }

        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var call = new FakeGraphCall(context.Request.Method, path["/v1.0".Length..], headers, body, InBatch: false);
        var response = call.Path == "/$batch" && call.Method == "POST"
            ? FakeGraphBatch.Handle(fake, call)
            : FakeGraphRoutes.Dispatch(fake, call);
        await WriteAsync(context, response);
    }

    private static async Task WriteAsync(HttpContext context, FakeGraphResponse response)
    {
        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (response.Body is not null)
        {
            if (response.Body["@odata.etag"] is { } etag)
            {
                context.Response.Headers.ETag = etag.GetValue<string>();
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.Body.ToJsonString(), context.RequestAborted);
        }
    }
}
