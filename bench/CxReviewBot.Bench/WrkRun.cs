using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CxReviewBot.Bench;

internal sealed partial record WrkRun(double RequestsPerSecond, long Requests, string P50, string P99, long Non2xx)
{
    public static async Task<WrkRun> RunAsync(string url, string script, int durationSeconds, int connections)
    {
        var info = new ProcessStartInfo("wrk", ["-t2", $"-c{connections}", $"-d{durationSeconds}s", "--latency", "-s", script, url])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(info) ?? throw new InvalidOperationException("wrk did not start (install Debian wrk)");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Console.Error.WriteLine(output);
        return new WrkRun(
            double.Parse(RequestsPerSecondPattern().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
            long.Parse(RequestsPattern().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
            Percentile(output, "50%"),
            Percentile(output, "99%"),
            Non2xxPattern().Match(output) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0);
    }

    private static string Percentile(string output, string label) =>
        Regex.Match(output, $@"^\s+{Regex.Escape(label)}\s+(\S+)", RegexOptions.Multiline).Groups[1].Value;

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecondPattern();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex RequestsPattern();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex Non2xxPattern();
}
