using CxReviewBot.TestKit;
using Microsoft.EntityFrameworkCore;

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
    public async Task DatabaseFromAnEarlierBuildsMigrations_IsRefusedWithWhatToDoAndLeftAsItWas()
    {
        await using var database = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        await using (var db = database.Context(null))
        {
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('20200101000000_Initial', '10.0.14')");
        }
        var environment = BotExecutable.For(database, "tenant-a");

        var (migrate, _, migrateError) = await BotExecutable.RunAsync(environment, "migrate");
        environment["Bot__AppId"] = "";
        environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        var (start, _, startError) = await BotExecutable.RunAsync(environment);

        Assert.Equal((1, 1), (migrate, start));
        Assert.All(new[] { migrateError, startError }, error =>
        {
            Assert.Contains("was made by an earlier development build (its migrations 20200101000000_Initial are not in this build)", error, StringComparison.Ordinal);
            Assert.Contains("point ConnectionStrings:CxReview at a new database", error, StringComparison.Ordinal);
        });
        await using var after = database.Context(null);
        Assert.Contains("20200101000000_Initial", await after.Database.GetAppliedMigrationsAsync());
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
