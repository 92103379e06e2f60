using CxReviewBot.TestKit;

namespace CxReviewBot.IntegrationTests.Foundation;

/// <summary>The built executable, started the way an operator would start it.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task DevelopmentModeOnANonLoopbackAddress_RefusesToStartWithOneLineReason()
    {
        var (exitCode, stderr) = await RunAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = "http://0.0.0.0:0",
            ["Bot__AppId"] = "",
        });

        Assert.Equal(1, exitCode);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("error: Bot:AppId is empty", line, StringComparison.Ordinal);
        Assert.Contains("0.0.0.0", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownVerb_ExitsNonZeroWithTheVerbList()
    {
        var (exitCode, stderr) = await RunAsync(new Dictionary<string, string>(), "frobnicate");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("unknown verb 'frobnicate'", stderr, StringComparison.Ordinal);
        Assert.Contains("migrate", stderr, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Stderr)> RunAsync(Dictionary<string, string> environment, params string[] args)
    {
        var database = Path.Combine(Path.GetTempPath(), $"cxreview-startup-{Guid.NewGuid():N}.db");
        environment["ConnectionStrings__CxReview"] = $"Data Source={database}";
        var (exitCode, _, stderr) = await BotExecutable.RunAsync(environment, args);
        BotFixture.DeleteDatabase(database);
        return (exitCode, stderr);
    }
}
