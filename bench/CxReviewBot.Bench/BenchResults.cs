using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CxReviewBot.Bench;

/// <summary>
/// One measured figure with the goal it is held against. <see cref="Met"/> is null for figures without a goal
/// (shown for context, e.g. the peer's own rate).
/// </summary>
internal sealed record BenchFigure(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("figure")] double Figure,
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("goal")] string Goal,
    [property: JsonPropertyName("met")] bool? Met);

/// <summary>
/// Where benches put their figures for <c>bench/run.sh all</c>: one JSON object per line appended to the file named by
/// <c>BENCH_RESULTS</c> (bench/import.sh writes the same lines from bash). Without the variable nothing is written.
/// </summary>
internal static class BenchResults
{
    private static readonly JsonSerializerOptions Line = new() { WriteIndented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Add(string name, double figure, string unit, string goal = "", bool? met = null)
    {
        if (Environment.GetEnvironmentVariable("BENCH_RESULTS") is not { Length: > 0 } path)
        {
            return;
        }
        var rounded = Math.Round(figure, figure >= 100 ? 0 : figure >= 10 ? 1 : 2);
        File.AppendAllText(path, JsonSerializer.Serialize(new BenchFigure(name, rounded, unit, goal, met), Line) + "\n");
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
