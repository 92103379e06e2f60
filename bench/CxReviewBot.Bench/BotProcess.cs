using System.Diagnostics;
using System.Globalization;

namespace CxReviewBot.Bench;

/// <summary>The built bot (or the bench's peer) as its own process, so start-up, memory and CPU are measured as an operator would see them.</summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;

    private BotProcess(Process process, string url)
    {
        _process = process;
        Url = url;
    }

    public string Url { get; }
    public int Pid => _process.Id;

    /// <summary>While true the process's output is not shown (e.g. the expected rejections of forged tokens).</summary>
    public bool Quiet { get; set; }

    public static BotProcess Start(string botDll, int port, IDictionary<string, string> settings)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
        };
        foreach (var (key, value) in settings)
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        // The bot logs as shipped (appsettings.json); shown are warnings and failures with their indented detail.
        var showing = false;
        return Start("bot", "dotnet", [botDll], port, environment, line =>
        {
            if (!line.StartsWith("      ", StringComparison.Ordinal))
            {
                showing = line.StartsWith("warn", StringComparison.Ordinal) || line.StartsWith("fail", StringComparison.Ordinal) || line.StartsWith("crit", StringComparison.Ordinal);
            }
            return showing;
        });
    }

    /// <summary>The botbuilder-js peer (bench/peers/botbuilder-js/bot.js) under node, configured by environment.</summary>
    public static BotProcess StartPeer(string script, int port, IDictionary<string, string> environment) =>
        Start("peer", "node", [script], port, new Dictionary<string, string>(environment) { ["PORT"] = port.ToString(CultureInfo.InvariantCulture) },
            line => !line.StartsWith("peer listening", StringComparison.Ordinal));

    private static BotProcess Start(string label, string fileName, string[] arguments, int port, IDictionary<string, string> environment, Func<string, bool> showOutput)
    {
        var info = new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }
        var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start the {label}");
        var shown = 0;
        BotProcess? started = null;
        void Show(string? line)
        {
            if (started?.Quiet == true)
            {
                return;
            }
            // A target failing every request would flood the bench's output; the first lines say why.
            if (line is not null && Interlocked.Increment(ref shown) <= 40)
            {
                Console.Error.WriteLine($"[{label}] {line}");
            }
        }
        process.OutputDataReceived += (_, e) => { if (e.Data is not null && showOutput(e.Data)) Show(e.Data); };
        process.ErrorDataReceived += (_, e) => Show(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        started = new BotProcess(process, $"http://127.0.0.1:{port}");
        return started;
    }

    public async Task<TimeSpan> WaitHealthyAsync(Stopwatch sinceStart, TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (sinceStart.Elapsed < timeout)
        {
            try
            {
                if ((await http.GetAsync($"{Url}/healthz")).IsSuccessStatusCode)
                {
                    return sinceStart.Elapsed;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(10);
        }
        throw new TimeoutException("the bot did not become healthy");
    }

    public double RssMegabytes(string field = "VmRSS")
    {
        var line = File.ReadLines($"/proc/{Pid}/status").First(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        var kb = double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return kb / 1024;
    }

    /// <summary>User plus system CPU time the process has used so far (from /proc, so children are not included).</summary>
    public double CpuSeconds()
    {
        // Fields after the command name (which is in parentheses and may hold spaces): utime and stime are 14 and 15.
        var stat = File.ReadAllText($"/proc/{Pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return ticks / 100.0; // USER_HZ is 100 on Linux
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
