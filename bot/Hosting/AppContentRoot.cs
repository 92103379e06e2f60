namespace CxReviewBot.Hosting;

/// <summary>
/// The content root (where appsettings.json is read from) is the application's folder, not the working directory:
/// a published bot started from elsewhere (a service manager, a script in another folder) must still read its own
/// settings — without them production logging fell back to Information and logged every SQL command. An explicit
/// <c>--contentRoot</c> or <c>ASPNETCORE_CONTENTROOT</c> / <c>DOTNET_CONTENTROOT</c> still wins.
/// </summary>
internal static class AppContentRoot
{
    public static WebApplicationOptions Options(string[] args) => new()
    {
        Args = args,
        ContentRootPath = IsConfigured(args) ? null : AppContext.BaseDirectory,
    };

    private static bool IsConfigured(string[] args) =>
        args.Any(a => a.TrimStart('-', '/').StartsWith("contentRoot", StringComparison.OrdinalIgnoreCase))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT"));
}
