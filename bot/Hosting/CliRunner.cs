using CxReviewBot.Data;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Hosting;

internal static class CliRunner
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken cancellationToken)
    {
        var verbArgs = VerbArguments(args);
        var verbs = services.GetServices<CliVerb>().ToDictionary(v => v.Name, StringComparer.OrdinalIgnoreCase);
        if (!verbs.TryGetValue(verbArgs[0], out var verb))
        {
            await Console.Error.WriteLineAsync($"error: unknown verb '{verbArgs[0]}'. Verbs: {string.Join(", ", verbs.Keys.Order())}");
            return 2;
        }
        try
        {
            using var scope = services.CreateScope();
            return await verb.RunAsync(scope.ServiceProvider, verbArgs.Skip(1).ToList(), cancellationToken);
        }
        catch (CliException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return e.ExitCode;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Verbs do not migrate (a mistyped connection string must not grow a new database); a verb that failed on
            // a database lacking migrations says what to do instead of "no such table".
            var reason = verb.Name != "migrate" && await PendingMigrationsAsync(services, cancellationToken) is { } pending and > 0
                ? $"the database is not migrated ({pending} migration(s) pending); run `migrate` first"
                : $"{e.GetType().Name}: {OneLine(e.Message)}";
            await Console.Error.WriteLineAsync($"error: {reason}");
            return 1;
        }
    }

    private static async Task<int?> PendingMigrationsAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        try
        {
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CxDbContext>();
            return (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return null;
        }
    }

    private static string[] VerbArguments(string[] args)
    {
        var separator = Array.IndexOf(args, "--config");
        return separator >= 0 ? args[..separator] : args;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
