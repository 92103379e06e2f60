using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using CxReviewBot.TestKit;

namespace CxReviewBot.Bench;

/// <summary>
/// Issue 18: `help` through the whole path, the bot beside a botbuilder-js 4.23 peer (bench/peers/botbuilder-js) in one
/// run against one fake cloud: RS256 token validation against the fake OpenID metadata, a reply to the fake connector
/// with a client-credentials token, the connector enforcing Teams' limits (50 calls/s per tenant, the per-conversation
/// windows). Every request is a new activity id over many personal chats in many tenants. The bot's headline row runs
/// with its default settings; a second row raises the bot-wide pacer to show what the bot's own work allows.
/// </summary>
internal static class FoundationBench
{
    private const string AppPassword = "bench-secret";

    public static async Task<int> RunAsync(string[] args)
    {
        var options = FoundationOptions.Parse(args);
        var botDll = Environment.GetEnvironmentVariable("CXREVIEW_BOT_DLL")
            ?? throw new InvalidOperationException("set CXREVIEW_BOT_DLL (bench/run.sh does)");
        var peerScript = Path.GetFullPath(Environment.GetEnvironmentVariable("CXREVIEW_PEER_SCRIPT") ?? "bench/peers/botbuilder-js/bot.js");

        await using var identity = await FakeBotFrameworkIdentity.StartAsync();
        await using var connector = await FakeConnector.StartAsync();
        connector.ExpectedClientId = identity.AppId;
        connector.ExpectedClientSecret = AppPassword;
        connector.RequireAuthorization = true;
        // Teams' limits (protocol.md §6): 50 calls/s per app per tenant, the per-conversation send windows.
        connector.RateLimits = new FakeConnectorRateLimits { GlobalPerSecond = int.MaxValue, TenantPerSecond = 50 };
        var workDir = Directory.CreateTempSubdirectory("cxreview-bench-");
        var token = identity.MintToken(spec =>
        {
            spec.ServiceUrl = connector.ServiceUrl;
            spec.Expires = DateTimeOffset.UtcNow.AddHours(3);
        });
        var botSettings = new Dictionary<string, string>(options.BotSettings)
        {
            ["Bot:AppId"] = identity.AppId,
            ["Bot:AppPassword"] = AppPassword,
            ["Bot:OpenIdMetadataUrl"] = identity.MetadataUrl,
            ["Bot:TokenEndpoint"] = connector.TokenEndpoint,
            ["Demo:Seed"] = "false",
        };

        Console.WriteLine(BenchResults.Invariant($"foundation: `help` with full token validation, wrk -t{options.Threads} -c{options.Connections} {options.Duration} s per target after {options.Warmup} s warm-up, {options.Chats} personal chats in {options.Tenants} tenants, a new activity id per request"));
        Console.WriteLine($"  fake cloud: {connector.RateLimits}; machine: {Environment.ProcessorCount} cores, load average {BenchResults.LoadAverage()} (bot, peer, wrk and the fakes share them)");

        var (coldStarts, card) = await ColdStartsAsync(botDll, botSettings, workDir, options.ColdStarts, identity, connector, token);
        if (coldStarts.Count > 0)
        {
            Console.WriteLine(BenchResults.Invariant($"  bot cold start to /healthz 200: median {Median(coldStarts):F0} ms (runs: {string.Join(", ", coldStarts.Select(c => c.ToString("F0", CultureInfo.InvariantCulture)))} ms)"));
            BenchResults.Add("foundation: bot cold start to healthy (median)", Median(coldStarts), "ms");
        }
        var committedCard = Path.Combine(Path.GetDirectoryName(peerScript)!, "help-card.json");
        var cardFile = committedCard;
        if (card is not null)
        {
            // The peer answers with exactly the card the bot just sent, so both replies are the same size.
            cardFile = Path.Combine(workDir.FullName, "help-card.json");
            await File.WriteAllTextAsync(cardFile, card.ToJsonString());
            var committed = File.Exists(committedCard) ? JsonNode.Parse(await File.ReadAllTextAsync(committedCard)) : null;
            if (options.SaveCard)
            {
                await File.WriteAllTextAsync(committedCard, card.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n");
                Console.WriteLine($"  saved the bot's help card to {committedCard}");
            }
            else if (!JsonNode.DeepEquals(committed, card))
            {
                Console.WriteLine($"  note: {committedCard} (the peer's card when run alone) differs from the bot's help card; this run used the bot's. Refresh it with --save-card");
            }
        }

        var script = Path.Combine(workDir.FullName, "help.lua");
        var results = new List<TargetResult>();
        foreach (var target in options.Targets)
        {
            var port = FreePort();
            var started = Stopwatch.StartNew();
            await using var process = target switch
            {
                "peer" => BotProcess.StartPeer(peerScript, port, new Dictionary<string, string>
                {
                    ["MicrosoftAppId"] = identity.AppId,
                    ["MicrosoftAppPassword"] = AppPassword,
                    ["BOT_OPENID_METADATA_URL"] = identity.MetadataUrl,
                    ["BOT_TOKEN_ENDPOINT"] = connector.TokenEndpoint,
                    ["HELP_CARD_FILE"] = cardFile,
                    ["NODE_ENV"] = "production",
                }),
                "bot" => BotProcess.Start(botDll, port, WithDatabase(botSettings, workDir, "bot")),
                _ => BotProcess.Start(botDll, port, WithDatabase(new Dictionary<string, string>(botSettings)
                {
                    ["Connector:BotRequestsPerSecond"] = options.RaisedPacer.ToString(CultureInfo.InvariantCulture),
                }, workDir, "raised")),
            };
            var startup = (await process.WaitHealthyAsync(started, TimeSpan.FromSeconds(60))).TotalMilliseconds;
            process.Quiet = true;
            var rejects = await RejectsForgedTokensAsync(process, identity, connector);
            process.Quiet = false;
            await Task.Delay(TimeSpan.FromSeconds(5));
            var idleRss = process.RssMegabytes();

            if (options.Warmup > 0)
            {
                await File.WriteAllTextAsync(script, WrkScript.Help(token, connector.ServiceUrl, $"{target}-w", options.Chats, options.Tenants));
                await WrkRun.RunAsync($"{process.Url}/api/messages", script, options.Warmup, options.Connections, options.Threads, echo: false);
                await SettleAsync(connector, $"{target}-w");
            }
            connector.Reset();
            var refusedBefore = connector.RateLimits.Refused;
            var prefix = $"{target}-m";
            await File.WriteAllTextAsync(script, WrkScript.Help(token, connector.ServiceUrl, prefix, options.Chats, options.Tenants));
            var cpuBefore = process.CpuSeconds();
            var benchCpuBefore = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
            var load = await WrkRun.RunAsync($"{process.Url}/api/messages", script, options.Duration, options.Connections, options.Threads, echo: options.Verbose);
            var cpu = process.CpuSeconds() - cpuBefore;
            var benchCpu = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - benchCpuBefore;
            var rssAfter = process.RssMegabytes();
            var peakRss = process.RssMegabytes("VmHWM");
            var replies = await SettleAsync(connector, prefix);
            var replyBytes = connector.Requests.Where(r => IsReplyOf(r, prefix)).Select(r => Encoding.UTF8.GetByteCount(r.Body!.ToJsonString())).FirstOrDefault();
            results.Add(new TargetResult(target, load, replies, connector.RateLimits.Refused - refusedBefore, startup, idleRss, rssAfter, peakRss,
                cpu, benchCpu, replyBytes, rejects, BenchResults.LoadAverage()));
            connector.Reset();
        }

        Print(results, options);
        Record(results, options);
        workDir.Delete(recursive: true);
        return 0;
    }

    private static async Task<(List<double> ColdStarts, JsonNode? Card)> ColdStartsAsync(string botDll, Dictionary<string, string> settings,
        DirectoryInfo workDir, int runs, FakeBotFrameworkIdentity identity, FakeConnector connector, string token)
    {
        var coldStarts = new List<double>();
        JsonNode? card = null;
        for (var run = 0; run < Math.Max(1, runs); run++)
        {
            var clock = Stopwatch.StartNew();
            await using var cold = BotProcess.Start(botDll, FreePort(), WithDatabase(settings, workDir, $"cold{run}"));
            var healthy = (await cold.WaitHealthyAsync(clock, TimeSpan.FromSeconds(60))).TotalMilliseconds;
            if (run < runs)
            {
                coldStarts.Add(healthy);
            }
            if (run == Math.Max(1, runs) - 1)
            {
                card = await HelpCardAsync(cold, identity, connector, token);
            }
        }
        return (coldStarts, card);
    }

    // One `help` to the bot: the card it answers with is what the peer sends.
    private static async Task<JsonNode?> HelpCardAsync(BotProcess bot, FakeBotFrameworkIdentity identity, FakeConnector connector, string token)
    {
        connector.Reset();
        var status = await PostHelpAsync(bot, connector, token, "probe-1");
        if (status != HttpStatusCode.OK)
        {
            Console.Error.WriteLine($"  the probe `help` got {(int)status}; the peer answers with the committed help-card.json (appId {identity.AppId})");
            return null;
        }
        var sent = await connector.WaitForActivitiesAsync(1);
        connector.Reset();
        return sent[0].Card?.DeepClone();
    }

    // Both targets must really validate: a token signed by an unpublished key, one for another app and one for another
    // service URL each get 401 (and no reply), or the figures compare different work.
    private static async Task<string> RejectsForgedTokensAsync(BotProcess target, FakeBotFrameworkIdentity identity, FakeConnector connector)
    {
        var forged = new[]
        {
            identity.MintToken(spec => { spec.ServiceUrl = connector.ServiceUrl; spec.Key = identity.UnpublishedKey; }),
            identity.MintToken(spec => { spec.ServiceUrl = connector.ServiceUrl; spec.Audience = "another-app"; }),
            identity.MintToken(spec => spec.ServiceUrl = "https://smba.trafficmanager.net/elsewhere/"),
        };
        var refused = 0;
        for (var i = 0; i < forged.Length; i++)
        {
            refused += await PostHelpAsync(target, connector, forged[i], $"forged-{i}") == HttpStatusCode.Unauthorized ? 1 : 0;
        }
        return $"{refused} of {forged.Length}";
    }

    private static async Task<HttpStatusCode> PostHelpAsync(BotProcess target, FakeConnector connector, string token, string activityId)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{target.Url}/api/messages")
        {
            Content = new StringContent($$$"""
                {"type":"message","id":"{{{activityId}}}","serviceUrl":"{{{connector.ServiceUrl}}}","channelId":"msteams","from":{"id":"29:user-probe","name":"Bench User","aadObjectId":"00000000-0000-0000-0000-000000000001"},"recipient":{"id":"28:bench-bot","name":"CX Review Bot"},"conversation":{"id":"a:bench-probe","conversationType":"personal","tenantId":"00000000-0000-4000-8000-00000000be9c"},"channelData":{"tenant":{"id":"00000000-0000-4000-8000-00000000be9c"}},"text":"help","textFormat":"plain"}
                """, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    private static Dictionary<string, string> WithDatabase(Dictionary<string, string> settings, DirectoryInfo workDir, string name) =>
        new(settings) { ["ConnectionStrings:CxReview"] = $"Data Source={Path.Combine(workDir.FullName, name + ".db")}" };

    private static bool IsReplyOf(FakeConnectorRequest request, string prefix) =>
        request.IsDeliveredActivity
        && (request.Path.Contains("/activities/" + prefix, StringComparison.Ordinal)
            || (request.Body?["replyToId"] is JsonValue id && id.TryGetValue<string>(out var replyTo) && replyTo.StartsWith(prefix, StringComparison.Ordinal)));

    /// <summary>Waits until replies to the phase's activities stop arriving (1 s without one, at most 20 s); returns how many arrived.</summary>
    private static async Task<long> SettleAsync(FakeConnector connector, string prefix)
    {
        var deadline = Stopwatch.StartNew();
        var last = -1L;
        while (deadline.Elapsed < TimeSpan.FromSeconds(20))
        {
            var count = connector.Requests.LongCount(r => IsReplyOf(r, prefix));
            if (count == last)
            {
                return count;
            }
            last = count;
            await Task.Delay(1000);
        }
        return last;
    }

    private static void Print(List<TargetResult> results, FoundationOptions options)
    {
        Console.WriteLine();
        var header = results.Select(r => r.Label(options)).ToList();
        var width = Math.Max(22, header.Max(h => h.Length) + 2);
        void Row(string name, Func<TargetResult, string> value) =>
            Console.WriteLine($"  {name,-34}" + string.Concat(results.Select(r => value(r).PadLeft(width))));
        Console.WriteLine($"  {"",-34}" + string.Concat(header.Select(h => h.PadLeft(width))));
        Row("requests/s", r => F(r.Load.RequestsPerSecond, "F0"));
        Row("latency p50 / p90 / p99 (ms)", r => $"{F(r.Load.P50, "F0")} / {F(r.Load.P90, "F0")} / {F(r.Load.P99, "F0")}");
        Row("answered 2xx / non-2xx / errors", r => $"{r.Answered} / {r.Load.Non2xx} / {r.Load.Errors}");
        Row("replies delivered / requests sent", r => $"{r.Replies} / {r.Load.Sent}");
        Row("429 from the fake connector", r => r.Refused.ToString(CultureInfo.InvariantCulture));
        Row("reply body (bytes)", r => r.ReplyBytes.ToString(CultureInfo.InvariantCulture));
        Row("forged tokens refused (401)", r => r.RejectsForged);
        Row("CPU per request (ms): target", r => F(r.CpuMsPerRequest, "F2"));
        Row("CPU per request (ms): fakes + bench", r => F(r.BenchCpuMsPerRequest, "F2"));
        Row("start to healthy (ms)", r => F(r.StartupMs, "F0"));
        Row("RSS idle / after load / peak (MB)", r => $"{F(r.IdleRss, "F0")} / {F(r.RssAfter, "F0")} / {F(r.PeakRss, "F0")}");
        Row("load average after", r => r.LoadAfter.Split(' ')[0]);
        foreach (var r in results.Where(r => r.RejectsForged.Split(" of ") is [var refused, var sent] && refused != sent))
        {
            Console.WriteLine($"  WARNING: {r.Label(options)} accepted a forged token ({r.RejectsForged} refused): it does not validate like the others, so its figures are not comparable");
        }
        if (results.FirstOrDefault(r => r.Target == "peer") is { } peer)
        {
            foreach (var bot in results.Where(r => r.Target != "peer"))
            {
                Console.WriteLine(BenchResults.Invariant($"  {bot.Label(options)}: {bot.Load.RequestsPerSecond / peer.Load.RequestsPerSecond:F2}× the peer's requests/s (goal ≥ 3×), p99 {bot.Load.P99 / peer.Load.P99:F2}× the peer's (goal ≤ 1×)"));
            }
        }
    }

    private static void Record(List<TargetResult> results, FoundationOptions options)
    {
        var peer = results.FirstOrDefault(r => r.Target == "peer");
        foreach (var r in results)
        {
            var name = $"foundation: {r.Label(options)}";
            if (r.Target == "bot" && peer is not null)
            {
                BenchResults.Add($"{name} req/s", r.Load.RequestsPerSecond, "req/s", BenchResults.Invariant($"≥ 3× peer = {3 * peer.Load.RequestsPerSecond:F0}"), r.Load.RequestsPerSecond >= 3 * peer.Load.RequestsPerSecond);
                BenchResults.Add($"{name} p99", r.Load.P99, "ms", BenchResults.Invariant($"≤ peer's {peer.Load.P99:F0} ms"), r.Load.P99 <= peer.Load.P99);
            }
            else
            {
                BenchResults.Add($"{name} req/s", r.Load.RequestsPerSecond, "req/s");
                BenchResults.Add($"{name} p99", r.Load.P99, "ms");
            }
            BenchResults.Add($"{name} p50", r.Load.P50, "ms");
            var missing = r.Answered - r.Replies;
            BenchResults.Add($"{name} answered without a reply", Math.Max(0, missing), "requests", r.Target == "bot" ? "0" : "", r.Target == "bot" ? missing <= 0 : null);
            BenchResults.Add($"{name} RSS idle", r.IdleRss, "MB", r.Target == "bot" ? "< 120 MB" : "", r.Target == "bot" ? r.IdleRss < 120 : null);
            BenchResults.Add($"{name} peak RSS under load", r.PeakRss, "MB", r.Target == "bot" ? "< 200 MB" : "", r.Target == "bot" ? r.PeakRss < 200 : null);
            BenchResults.Add($"{name} CPU per request", r.CpuMsPerRequest, "ms");
        }
    }

    private static string F(double value, string format) => double.IsNaN(value) ? "n/a" : value.ToString(format, CultureInfo.InvariantCulture);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private sealed record TargetResult(string Target, WrkRun Load, long Replies, int Refused, double StartupMs, double IdleRss, double RssAfter,
        double PeakRss, double CpuSeconds, double BenchCpuSeconds, int ReplyBytes, string RejectsForged, string LoadAfter)
    {
        public long Answered => Load.Requests - Load.Non2xx;
        public double CpuMsPerRequest => Load.Requests == 0 ? double.NaN : CpuSeconds * 1000 / Load.Requests;
        public double BenchCpuMsPerRequest => Load.Requests == 0 ? double.NaN : BenchCpuSeconds * 1000 / Load.Requests;

        public string Label(FoundationOptions options) => Target switch
        {
            "peer" => "botbuilder-js peer",
            "bot" => options.BotSettings.Count == 0 ? "bot (defaults)" : "bot (with --bot-setting)",
            _ => $"bot (pacer {options.RaisedPacer}/s)",
        };
    }
}

/// <summary>
/// <c>foundation [--duration 15] [--warmup 10] [--connections 16] [--threads 2] [--chats 5000] [--tenants 100]
/// [--pacer 1000] [--targets peer,bot,raised] [--cold-starts 3] [--bot-setting Key=Value]... [--verbose] [--save-card]</c>.
/// <c>--pacer 0</c> leaves out the raised-pacer row; <c>--bot-setting</c> overrides a bot setting in both bot rows
/// (the headline row is then no longer the defaults, and is labelled so); <c>--save-card</c> writes the bot's help card
/// to bench/peers/botbuilder-js/help-card.json, the card the peer answers with when it runs on its own.
/// </summary>
internal sealed record FoundationOptions(int Duration, int Warmup, int Connections, int Threads, int Chats, int Tenants, int RaisedPacer,
    IReadOnlyList<string> Targets, int ColdStarts, IReadOnlyDictionary<string, string> BotSettings, bool Verbose, bool SaveCard)
{
    public static FoundationOptions Parse(string[] args)
    {
        int Int(string name, int fallback)
        {
            var index = Array.LastIndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
        }
        var settings = new Dictionary<string, string>();
        for (var i = 0; i + 1 < args.Length; i++)
        {
            if (args[i] == "--bot-setting" && args[i + 1].Split('=', 2) is [var key, var value])
            {
                settings[key] = value;
            }
        }
        var pacer = Int("--pacer", 1000);
        var targetsIndex = Array.LastIndexOf(args, "--targets");
        var targets = targetsIndex >= 0 && targetsIndex + 1 < args.Length
            ? args[targetsIndex + 1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : pacer > 0 ? ["peer", "bot", "raised"] : ["peer", "bot"];
        if (targets.Except(["peer", "bot", "raised"]).FirstOrDefault() is { } unknown)
        {
            throw new ArgumentException($"unknown target '{unknown}' (peer, bot, raised)");
        }
        return new FoundationOptions(Int("--duration", 15), Int("--warmup", 10), Int("--connections", 16), Int("--threads", 2),
            Int("--chats", 5000), Int("--tenants", 100), pacer, targets, Int("--cold-starts", 3), settings, args.Contains("--verbose"), args.Contains("--save-card"));
    }
}
