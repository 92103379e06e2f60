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
            await Console.Error.WriteLineAsync($"error: {e.GetType().Name}: {OneLine(e.Message)}");
            return 1;
        }
    }

    private static string[] VerbArguments(string[] args)
    {
        var separator = Array.IndexOf(args, "--config");
        return separator >= 0 ? args[..separator] : args;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
