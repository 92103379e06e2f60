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

    [Fact]
    public async Task StartedFromAnotherFolder_ReadsItsOwnAppsettings()
    {
        var elsewhere = Directory.CreateTempSubdirectory("cxreview-cwd-").FullName;
        var database = Path.Combine(elsewhere, "bot.db");
        try
        {
            var (stdout, _) = await BotExecutable.ServeInAsync(elsewhere, new Dictionary<string, string>
            {
                ["ConnectionStrings__CxReview"] = $"Data Source={database}",
                ["Bot__AppId"] = "11111111-2222-3333-4444-555555555555",
            }, async http => Assert.Equal("ready", await http.GetStringAsync(new Uri("/readyz", UriKind.Relative))));

            // appsettings.json next to the executable keeps EF Core's SQL at Warning; without it (working directory
            // as content root) the start-up migration logs every command at Information.
            Assert.Contains("Application started", stdout, StringComparison.Ordinal);
            Assert.DoesNotContain("Microsoft.EntityFrameworkCore.Database.Command", stdout, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(elsewhere, "appsettings.json")));
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    [Theory]
    [InlineData("report", "--format", "csv")]
    [InlineData("agenda", "preview")]
    public async Task VerbOnANeverMigratedDatabase_SaysInOneLineToRunMigrate(params string[] args)
    {
        var (exitCode, stderr) = await RunAsync(new Dictionary<string, string> { ["Tenancy__DefaultTenantId"] = "tenant-a" }, args);

        Assert.Equal(1, exitCode);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("error: the database is not migrated (", line, StringComparison.Ordinal);
        Assert.EndsWith("migration(s) pending); run `migrate` first", line, StringComparison.Ordinal);
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
