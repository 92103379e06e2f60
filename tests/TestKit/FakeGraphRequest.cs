using System.Text.Json.Nodes;

namespace CxReviewBot.TestKit;

/// <summary>One request <see cref="FakeGraph"/> handled; inner <c>$batch</c> requests are recorded with <see cref="InBatch"/>.</summary>
/// <param name="Path">Path below <c>/v1.0</c>, without query (e.g. <c>/planner/tasks/t1</c>).</param>
public sealed record FakeGraphRequest(
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Headers,
    JsonNode? Body,
    int Status,
    bool InBatch,
    DateTimeOffset At = default)
{
    public string? Authorization => Header("Authorization");

    public string? IfMatch => Header("If-Match");

    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
