using System.Globalization;
using CxReviewBot.Data;
using CxReviewBot.Features.Decisions;
using CxReviewBot.Features.Ledger;
using CxReviewBot.Hosting;
using CxReviewBot.Metrics;
using CxReviewBot.Reviews;

namespace CxReviewBot.Features.Catalog.Reporting;

/// <summary>`report [--review name] [--as-of yyyy-MM-dd] [--section pack|linkage|decisions|decision_changes] --format csv` to stdout.</summary>
internal static class ReportVerb
{
    public const string Usage = "report [--review <name>] [--as-of yyyy-MM-dd] [--section pack|linkage|decisions|decision_changes] --format csv";

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var options = Options(args);
        var asOf = options.TryGetValue("--as-of", out var asOfText)
            ? DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                ? parsed
                : throw new CliException($"--as-of must be yyyy-MM-dd, not '{asOfText}'", 2)
            : DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        if (options.GetValueOrDefault("--format", "csv") != "csv")
        {
            throw new CliException("--format: only csv is supported", 2);
        }
        CliTenant.UseDefault(services);
        var review = options.TryGetValue("--review", out var reviewName) ? await ReviewLookup.ForCliAsync(services, reviewName, cancellationToken) : null;
        IReadOnlyCollection<string>? scope = review is { TouchpointScope.Count: > 0 } ? review.TouchpointScope : null;
        var db = services.GetRequiredService<CxDbContext>();
        var output = Console.Out;
        switch (options.GetValueOrDefault("--section", "pack"))
        {
            case "pack":
                await ReviewPackCsv.WriteAsync(output, await ReviewPackQuery.RunAsync(db, asOf, scope, cancellationToken), cancellationToken);
                break;
            case "linkage":
                await LinkageCsv.WriteAsync(output, await LinkageQuery.RunAsync(db, asOf, cancellationToken), cancellationToken);
                break;
            case "decisions":
                await LedgerCsv.WriteAsync(output, db, review, asOf, cancellationToken);
                break;
            case "decision_changes":
                await LedgerChangesCsv.WriteAsync(output, db, review, asOf, cancellationToken);
                break;
            case var other:
                throw new CliException($"--section must be pack, linkage, decisions or decision_changes, not '{other}'", 2);
        }
        await output.FlushAsync(cancellationToken);
        return 0;
    }

    private static Dictionary<string, string> Options(IReadOnlyList<string> args)
    {
        string[] known = ["--review", "--as-of", "--format", "--section"];
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i += 2)
        {
            if (!known.Contains(args[i]) || i + 1 >= args.Count)
            {
                throw new CliException($"usage: {Usage}", 2);
            }
            options[args[i]] = args[i + 1];
        }
        return options;
    }
}
