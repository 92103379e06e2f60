using System.Text.Json.Nodes;
using CxReviewBot.Protocol.Activities;

namespace CxReviewBot.Protocol.Routing;

/// <summary>The one factory for <c>adaptiveCard/action</c> answers (protocol.md §5: HTTP 200, outcome in the body).</summary>
internal static class InvokeResult
{
    public static InvokeResponseBody Card(JsonNode card) =>
        new() { StatusCode = 200, Type = InvokeResponseBody.CardType, Value = card };

    public static InvokeResponseBody Message(string text) =>
        new() { StatusCode = 200, Type = InvokeResponseBody.MessageType, Value = JsonValue.Create(text) };

    public static InvokeResponseBody Error(int statusCode, string code, string message) => new()
    {
        StatusCode = statusCode,
        Type = InvokeResponseBody.ErrorType,
        Value = new JsonObject { ["code"] = code, ["message"] = message },
    };

    public static InvokeResponseBody BadRequest(string message) => Error(400, "BadRequest", message);

    public static InvokeResponseBody Forbidden(string message) => Error(403, "Forbidden", message);
}
