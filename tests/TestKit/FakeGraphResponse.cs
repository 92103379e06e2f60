using System.Text.Json.Nodes;

namespace CxReviewBot.TestKit;

/// <summary>What a fake Graph handler answers; the same shape serves top-level HTTP and <c>$batch</c> responses.</summary>
internal sealed record FakeGraphResponse(int Status, JsonNode? Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static FakeGraphResponse Json(int status, JsonNode body) => new(status, body);

    public static FakeGraphResponse NoContent() => new(204, null);

    public static FakeGraphResponse Error(int status, string code, string message, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = code,
                ["message"] = message,
                ["innerError"] = new JsonObject { ["request-id"] = Guid.NewGuid().ToString(), ["date"] = DateTime.UtcNow.ToString("s") },
            },
        }, headers);

    public static FakeGraphResponse TooManyRequests(int retryAfterSeconds) => Error(
        429, "TooManyRequests", "Too many requests.",
        new Dictionary<string, string> { ["Retry-After"] = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) });
}
