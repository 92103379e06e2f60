using System.Text.Json;
using System.Text.Json.Nodes;

namespace CxReviewBot.Protocol.Connector;

/// <summary>Reads the error code and message out of a connector error response.</summary>
internal static class ConnectorErrorBody
{
    /// <summary>
    /// Handles the documented <c>{"error":{"code","message"}}</c> and the Teams shape
    /// <c>{"errorCode":209,"message":"{\"subCode\":\"MessageWritesBlocked\",…}"}</c> where the useful code
    /// sits in a JSON string inside <c>message</c>.
    /// </summary>
    public static (string? Code, string? Message) Read(string? body)
    {
        var root = TryParse(body);
        if (root is null)
        {
            return (null, Truncate(body));
        }
        if (root["error"] is JsonObject error)
        {
            var code = Text(error["subCode"]) ?? Text(error["code"]);
            return (code, Text(error["message"]));
        }
        var message = Text(root["message"]);
        var inner = TryParse(message);
        var subCode = Text(inner?["subCode"]) ?? Text(root["subCode"]) ?? Text(root["code"]);
        return (subCode, Text(inner?["details"]) ?? message);
    }

    private static JsonObject? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || !text.TrimStart().StartsWith('{'))
        {
            return null;
        }
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;

    private static string? Truncate(string? body) =>
        string.IsNullOrWhiteSpace(body) ? null : body.Length <= 200 ? body : body[..200];
}
