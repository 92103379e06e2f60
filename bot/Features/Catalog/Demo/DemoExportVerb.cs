using CxReviewBot.Hosting;
namespace CxReviewBot.Features.Catalog.Demo;

/// <summary>`demo export &lt;dir&gt;` writes the demo data set as the five import files (this is how samples/ is made).</summary>
internal static class DemoExportVerb
{
    public const string Usage = "demo export <dir>";

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (args.Count != 2 || args[0] != "export")
        {
            throw new CliException($"usage: {Usage}", 2);
        }
        Directory.CreateDirectory(args[1]);
        foreach (var (_, fileName, csv) in DemoDataSet.Build().Files())
        {
            await File.WriteAllTextAsync(Path.Combine(args[1], fileName), csv, cancellationToken);
        }
        Console.WriteLine($"demo data set written to {args[1]}");
        return 0;
    }
}
