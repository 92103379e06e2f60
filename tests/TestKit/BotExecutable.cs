using System.Diagnostics;

namespace CxReviewBot.TestKit;

/// <summary>The built bot run as its own process (CLI verbs, start-up checks), in Production unless told otherwise.</summary>
internal static class BotExecutable
{
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
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
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>The settings that point the executable at a test database, acting for <paramref name="tenantId"/>.</summary>
    public static Dictionary<string, string> For(TestDatabase database, string tenantId) => new()
    {
        ["ConnectionStrings__CxReview"] = database.ConnectionString,
        ["Database__Provider"] = database.Provider,
        ["Tenancy__DefaultTenantId"] = tenantId,
    };
}
