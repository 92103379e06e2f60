using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CxReviewBot.Bench;

/// <summary>One wrk run's figures; latencies in milliseconds.</summary>
internal sealed partial record WrkRun(double RequestsPerSecond, long Requests, long Sent, double P50, double P90, double P99, long Non2xx, long Errors)
{
    public static async Task<WrkRun> RunAsync(string url, string script, int durationSeconds, int connections, int threads = 2, bool echo = true)
    {
        // A long timeout: a slow answer is a latency to report, not an error that drops out of the percentiles.
        var info = new ProcessStartInfo("wrk", [$"-t{threads}", $"-c{connections}", $"-d{durationSeconds}s", "--timeout", "30s", "--latency", "-s", script, url])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(info) ?? throw new InvalidOperationException("wrk did not start (install Debian wrk)");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (echo)
        {
            Console.Error.WriteLine(output);
        }
        var errors = SocketErrorsPattern().Match(output) is { Success: true } s
            ? s.Groups.Cast<Group>().Skip(1).Sum(g => long.Parse(g.Value, CultureInfo.InvariantCulture))
            : 0;
        return new WrkRun(
            double.Parse(RequestsPerSecondPattern().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
            long.Parse(RequestsPattern().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
            SentPattern().Match(output) is { Success: true } sent ? long.Parse(sent.Groups[1].Value, CultureInfo.InvariantCulture) : -1,
            Percentile(output, "50%"),
            Percentile(output, "90%"),
            Percentile(output, "99%"),
            Non2xxPattern().Match(output) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
            errors);
    }

    private static double Percentile(string output, string label)
    {
        var match = Regex.Match(output, $@"^\s+{Regex.Escape(label)}\s+([\d.]+)(us|ms|s|m)\b", RegexOptions.Multiline);
        if (!match.Success)
        {
            return double.NaN;
        }
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "us" => value / 1000,
            "ms" => value,
            "s" => value * 1000,
            _ => value * 60_000,
        };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecondPattern();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex RequestsPattern();

    [GeneratedRegex(@"^sent (\d+)$", RegexOptions.Multiline)]
    private static partial Regex SentPattern();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex Non2xxPattern();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrorsPattern();
}
