using System.Diagnostics;
using System.Globalization;

namespace CxReviewBot.Bench;

/// <summary>The built bot as its own process, so start-up and memory are measured as an operator would see them.</summary>
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

    public static BotProcess Start(string botDll, int port, IDictionary<string, string> settings)
    {
        var info = new ProcessStartInfo("dotnet", [botDll])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the bot");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null && (e.Data.StartsWith("fail", StringComparison.Ordinal) || e.Data.StartsWith("crit", StringComparison.Ordinal) || e.Data.StartsWith("      ", StringComparison.Ordinal))) Console.Error.WriteLine($"[bot] {e.Data}"); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"[bot] {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new BotProcess(process, $"http://127.0.0.1:{port}");
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
