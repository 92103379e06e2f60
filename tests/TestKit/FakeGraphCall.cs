using System.Text.Json.Nodes;

namespace CxReviewBot.TestKit;

/// <summary>A request as the fake's handlers see it, whether it came over HTTP or inside a <c>$batch</c>.</summary>
internal sealed record FakeGraphCall(string Method, string Path, IReadOnlyDictionary<string, string> Headers, JsonNode? Body, bool InBatch)
{
    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    public string[] Segments => Path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
}
