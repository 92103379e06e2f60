using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CxReviewBot.TestKit;

/// <summary>The built bot run as its own process (CLI verbs, start-up checks), in Production unless told otherwise.</summary>
internal static class BotExecutable
{
    public static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        RunInAsync(null, environment, args);

    /// <param name="workingDirectory">Where the process starts (null: this test process's directory).</param>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunInAsync(string? workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Process.Start(StartInfo(workingDirectory, environment, args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>
    /// Serves on a free loopback port from <paramref name="workingDirectory"/> until <c>/healthz</c> answers, runs
    /// <paramref name="whileServing"/> against it, then stops the process; returns everything it wrote.
    /// </summary>
    public static async Task<(string Stdout, string Stderr)> ServeInAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, Func<HttpClient, Task> whileServing)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var settings = new Dictionary<string, string>(environment) { ["ASPNETCORE_URLS"] = url };
        using var process = Process.Start(StartInfo(workingDirectory, settings, []))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(url) };
            await Eventually.UntilAsync(async () =>
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"the bot exited with {process.ExitCode}: {await stderr}");
                }
                try
                {
                    return (await http.GetAsync(new Uri("/healthz", UriKind.Relative))).IsSuccessStatusCode;
                }
                catch (HttpRequestException)
                {
                    return false;
                }
            }, "the bot to answer /healthz", TimeSpan.FromMinutes(1));
            await whileServing(http);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        return (await stdout, await stderr);
    }

    /// <summary>The settings that point the executable at a test database, acting for <paramref name="tenantId"/>.</summary>
    public static Dictionary<string, string> For(TestDatabase database, string tenantId) => new()
    {
        ["ConnectionStrings__CxReview"] = database.ConnectionString,
        ["Database__Provider"] = database.Provider,
        ["Tenancy__DefaultTenantId"] = tenantId,
    };

    private static ProcessStartInfo StartInfo(string? workingDirectory, IReadOnlyDictionary<string, string> environment, string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        return start;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
