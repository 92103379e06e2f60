using System.Text.Json.Nodes;

namespace CxReviewBot.TestKit;

/// <summary>JSON <c>$batch</c>: at most 20 requests, each dispatched to the same handlers (throttled one by one).</summary>
internal static class FakeGraphBatch
{
    public const int MaxRequests = 20;

    public static FakeGraphResponse Handle(FakeGraph fake, FakeGraphCall call)
    {
        var outer = fake.TakeThrottle(call.Path) ?? Answer(fake, call);
        fake.Record(call, outer.Status);
        return outer;
    }

    private static FakeGraphResponse Answer(FakeGraph fake, FakeGraphCall call)
    {
        if (call.Header("Authorization") is not { } auth || !auth.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return FakeGraphResponse.Error(401, "InvalidAuthenticationToken", "Access token is empty.");
        }

        if (call.Body?["requests"] is not JsonArray requests || requests.Count == 0)
        {
            return FakeGraphResponse.Error(400, "BadRequest", "Invalid batch payload format.");
        }

        if (requests.Count > MaxRequests)
        {
            return FakeGraphResponse.Error(400, "BadRequest", $"Number of batch request steps exceeds the maximum value of {MaxRequests}.");
        }

        var responses = new JsonArray();
        foreach (var request in requests.OfType<JsonObject>())
        {
            var url = request["url"]?.GetValue<string>() ?? "/";
            var path = "/" + url.Split('?')[0].TrimStart('/');
            var headers = request["headers"] is JsonObject h
                ? h.ToDictionary(p => p.Key, p => p.Value?.ToString() ?? "", StringComparer.OrdinalIgnoreCase)
                : new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var inner = FakeGraphRoutes.Dispatch(fake, new FakeGraphCall(
                request["method"]?.GetValue<string>()?.ToUpperInvariant() ?? "GET", path, headers, request["body"]?.DeepClone(), InBatch: true));
            var answer = new JsonObject { ["id"] = request["id"]?.DeepClone(), ["status"] = inner.Status };
            var answerHeaders = new JsonObject { ["Content-Type"] = "application/json" };
            foreach (var (name, value) in inner.Headers ?? new Dictionary<string, string>())
            {
                answerHeaders[name] = value;
            }

            answer["headers"] = answerHeaders;
            if (inner.Body is not null)
            {
                answer["body"] = inner.Body;
            }

            responses.Add(answer);
        }

        return FakeGraphResponse.Json(200, new JsonObject { ["responses"] = responses });
    }
}
