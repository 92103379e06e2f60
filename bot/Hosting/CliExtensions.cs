namespace CxReviewBot.Hosting;

internal static class CliExtensions
{
    public static IServiceCollection AddCliVerb(this IServiceCollection services, string name, string usage,
        Func<IServiceProvider, IReadOnlyList<string>, CancellationToken, Task<int>> runAsync)
        => services.AddSingleton(new CliVerb(name, usage, runAsync));

    /// <summary>True when the first argument names a verb rather than a configuration switch.</summary>
    public static bool IsCliInvocation(string[] args) => args.Length > 0 && !args[0].StartsWith('-') && !args[0].Contains('=');

    /// <summary>
    /// The arguments ASP.NET configuration should see: verb arguments are not configuration. A verb runs once, so
    /// its configuration files are not watched for changes: the watcher would also wake on every write of a
    /// database in the same folder (a million-row import spent 5% of its time there).
    /// </summary>
    public static string[] ConfigurationArgs(string[] args)
    {
        var separator = Array.IndexOf(args, "--config");
        var configuration = separator >= 0 ? args[(separator + 1)..] : IsCliInvocation(args) ? [] : args;
        return IsCliInvocation(args) ? [NoReload, .. configuration] : configuration;
    }

    private const string NoReload = "--hostBuilder:reloadConfigOnChange=false";
}
