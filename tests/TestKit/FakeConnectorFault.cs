using System.Text.Json.Nodes;

namespace CxReviewBot.TestKit;

/// <summary>A scripted failure answer of <see cref="FakeConnector"/> (see <see cref="FakeConnector.FailNext"/>).</summary>
public sealed record FakeConnectorFault(int Status, JsonNode? Body = null, string? RetryAfter = null)
{
    public static FakeConnectorFault TooManyRequests(int retryAfterSeconds) =>
        new(429, Error("TooManyRequests", "Too many requests"), retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static FakeConnectorFault TooManyRequests(DateTimeOffset retryAt) =>
        new(429, Error("TooManyRequests", "Too many requests"), retryAt.ToString("r", System.Globalization.CultureInfo.InvariantCulture));

    public static FakeConnectorFault TooManyRequestsWithoutRetryAfter() => new(429, Error("TooManyRequests", "Too many requests"));

    public static FakeConnectorFault ServiceUnavailable() => new(503, Error("ServiceUnavailable", "Service unavailable"));

    public static FakeConnectorFault BadRequest(string code = "BadSyntax") => new(400, Error(code, "Bad request"));

    public static FakeConnectorFault MessageSizeTooBig() =>
        new(413, Error("MessageSizeTooBig", "Activity size exceeds the maximum allowed"));

    /// <summary>The body shape Teams documents for a user who blocked or uninstalled the bot.</summary>
    public static FakeConnectorFault MessageWritesBlocked() => new(403, new JsonObject
    {
        ["errorCode"] = 209,
        ["message"] = "{\r\n  \"subCode\": \"MessageWritesBlocked\",\r\n  \"details\": \"Thread is blocked from message writes.\",\r\n  \"errorCode\": null,\r\n  \"errorSubCode\": null\r\n}",
    });

    public static JsonObject Error(string code, string message) =>
        new() { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } };
}
