using System.Text.Json;
using System.Text.Json.Nodes;

namespace CxReviewBot.Bench;

/// <summary>
/// <c>report &lt;figures.jsonl&gt; &lt;results.json&gt;</c>: the figures the benches of one <c>bench/run.sh all</c>
/// recorded, printed as one table and written as JSON with the machine they were measured on.
/// </summary>
internal static class BenchReport
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: CxReviewBot.Bench report <figures.jsonl> <results.json>");
            return 2;
        }
        var figures = (await File.ReadAllLinesAsync(args[0]))
            .Where(l => l.Length > 0)
            .Select(l => JsonSerializer.Deserialize<BenchFigure>(l)!)
            .ToList();

        var rows = figures.Select(f => (f.Name, Figure: $"{Format(f.Figure)} {f.Unit}".TrimEnd(), f.Goal, Met: f.Met switch { true => "yes", false => "NO", null => "" })).ToList();
        var nameWidth = Math.Max(4, rows.Max(r => r.Name.Length));
        var figureWidth = Math.Max(6, rows.Max(r => r.Figure.Length));
        var goalWidth = Math.Max(4, rows.Max(r => r.Goal.Length));
        Console.WriteLine();
        Console.WriteLine($"{"name".PadRight(nameWidth)}  {"figure".PadLeft(figureWidth)}  {"goal".PadRight(goalWidth)}  met?");
        Console.WriteLine($"{new string('-', nameWidth)}  {new string('-', figureWidth)}  {new string('-', goalWidth)}  ----");
        foreach (var row in rows)
        {
            Console.WriteLine($"{row.Name.PadRight(nameWidth)}  {row.Figure.PadLeft(figureWidth)}  {row.Goal.PadRight(goalWidth)}  {row.Met}");
        }
        var goals = figures.Where(f => f.Met is not null).ToList();
        Console.WriteLine($"goals met: {goals.Count(f => f.Met == true)} of {goals.Count}");

        var document = new JsonObject
        {
            ["measuredAtUtc"] = DateTime.UtcNow.ToString("O"),
            ["commit"] = Environment.GetEnvironmentVariable("BENCH_COMMIT") ?? "",
            ["machine"] = new JsonObject
            {
                ["cores"] = Environment.ProcessorCount,
                ["memoryGiB"] = Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024), 1),
                ["loadAverageAtStart"] = Environment.GetEnvironmentVariable("BENCH_LOAD_AT_START") ?? "",
                ["loadAverageAtEnd"] = BenchResults.LoadAverage(),
                ["os"] = System.Runtime.InteropServices.RuntimeInformation.OSDescription,
                ["dotnet"] = Environment.Version.ToString(),
            },
            ["results"] = JsonSerializer.SerializeToNode(figures),
        };
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(args[1]))!);
        await File.WriteAllTextAsync(args[1], document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
        Console.WriteLine($"written: {args[1]}");
        return 0;
    }

    private static string Format(double value) =>
        value.ToString(value >= 100 || value == Math.Round(value) ? "0" : value >= 10 ? "0.0" : "0.00", System.Globalization.CultureInfo.InvariantCulture);
}
