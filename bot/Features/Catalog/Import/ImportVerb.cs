using CxReviewBot.Hosting;
namespace CxReviewBot.Features.Catalog.Import;

/// <summary>`import &lt;kind&gt; &lt;file.csv&gt;`: summary on stdout; warnings, progress and `line N:` errors on stderr.</summary>
internal static class ImportVerb
{
    public const string Usage = $"import {ImportKinds.Usage} <file.csv>";

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (args.Count != 2 || !ImportKinds.TryParse(args[0], out var kind))
        {
            throw new CliException($"usage: {Usage}", 2);
        }
        if (!File.Exists(args[1]))
        {
            throw new CliException($"file not found: {args[1]}");
        }
        CliTenant.UseDefault(services);
        await using var file = new FileStream(args[1], FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var importer = services.GetRequiredService<CatalogImporter>();
        var result = await importer.ImportAsync(kind, file, line => Console.Error.WriteLine(line), cancellationToken);
        foreach (var warning in result.Warnings)
        {
            await Console.Error.WriteLineAsync($"warning: {warning}");
        }
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                await Console.Error.WriteLineAsync(error);
            }
            throw new CliException($"{args[1]} rejected with {result.Errors.Count} error(s); nothing was written");
        }
        Console.WriteLine(result.Summary);
        return 0;
    }
}
