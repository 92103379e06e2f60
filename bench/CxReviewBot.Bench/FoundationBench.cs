using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using CxReviewBot.TestKit;

namespace CxReviewBot.Bench;

/// <summary>
/// Issue 3 baseline: cold start to healthy, idle RSS, and `help` messages per second through the full path (token
/// validation with a real RS256 signature check, de-duplication, conversation tracking in SQLite, reply to a fake
/// connector over HTTP).
/// </summary>
internal static class FoundationBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var duration = Option(args, "--duration", 10);
        var connections = Option(args, "--connections", 16);
        var botDll = Environment.GetEnvironmentVariable("CXREVIEW_BOT_DLL")
            ?? throw new InvalidOperationException("set CXREVIEW_BOT_DLL (bench/run.sh does)");

        await using var identity = await FakeBotFrameworkIdentity.StartAsync();
        await using var connector = await FakeConnector.StartAsync();
        var workDir = Directory.CreateTempSubdirectory("cxreview-bench-");
        var settings = new Dictionary<string, string>
        {
            ["Bot:AppId"] = identity.AppId,
            ["Bot:AppPassword"] = "bench-secret",
            ["Bot:OpenIdMetadataUrl"] = identity.MetadataUrl,
            ["Bot:TokenEndpoint"] = connector.TokenEndpoint,
            ["Demo:Seed"] = "false",
            // The bot's own work per message, not Teams' limit: by default every reply waits its turn under the
            // bot-wide pacer (48 calls/s, below Teams' 50), which would cap this at ~40 msg/s whatever the bot does.
            ["Connector:BotRequestsPerSecond"] = Environment.GetEnvironmentVariable("BENCH_BOT_REQUESTS_PER_SECOND") ?? "1000",
        };

        var coldStarts = new List<double>();
        for (var run = 0; run < 3; run++)
        {
            settings["ConnectionStrings:CxReview"] = $"Data Source={Path.Combine(workDir.FullName, $"cold{run}.db")}";
            var clock = Stopwatch.StartNew();
            await using var cold = BotProcess.Start(botDll, FreePort(), settings);
            coldStarts.Add((await cold.WaitHealthyAsync(clock, TimeSpan.FromSeconds(60))).TotalMilliseconds);
        }

        settings["ConnectionStrings:CxReview"] = $"Data Source={Path.Combine(workDir.FullName, "load.db")}";
        var started = Stopwatch.StartNew();
        await using var bot = BotProcess.Start(botDll, FreePort(), settings);
        await bot.WaitHealthyAsync(started, TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(5));
        var idleRss = bot.RssMegabytes();

        var token = identity.MintToken(spec =>
        {
            spec.ServiceUrl = connector.ServiceUrl;
            spec.Expires = DateTimeOffset.UtcNow.AddHours(2);
        });
        var script = Path.Combine(workDir.FullName, "help.lua");
        await File.WriteAllTextAsync(script, WrkScript.Help(token, connector.ServiceUrl));
        var wrk = await WrkRun.RunAsync($"{bot.Url}/api/messages", script, duration, connections);
        var peakRss = bot.RssMegabytes("VmHWM");

        Console.WriteLine("foundation benchmark (2-core machine; bot, load generator and fakes share it)");
        Console.WriteLine(Invariant($"  cold start to healthy:  median {Median(coldStarts):F0} ms (runs: {string.Join(", ", coldStarts.Select(c => c.ToString("F0", CultureInfo.InvariantCulture)))} ms)"));
        Console.WriteLine(Invariant($"  idle RSS:               {idleRss:F1} MB"));
        Console.WriteLine(Invariant($"  help with token validation: {wrk.RequestsPerSecond:F0} msg/s over {duration} s, {connections} connections; latency p50 {wrk.P50} p99 {wrk.P99}; non-2xx {wrk.Non2xx}"));
        Console.WriteLine(Invariant($"  replies received by the fake connector: {connector.Activities.Count} for {wrk.Requests} requests"));
        Console.WriteLine(Invariant($"  peak RSS under load:    {peakRss:F1} MB"));
        workDir.Delete(recursive: true);
        return 0;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
