using System.Globalization;
using CxReviewBot.Hosting;
using CxReviewBot.Reviews;

namespace CxReviewBot.Features.Agenda;

/// <summary>`agenda preview [--review name] [--as-of yyyy-MM-dd] [--out file.json]`: the card JSON exactly as it would be posted.</summary>
internal static class AgendaPreviewVerb
{
    public const string Usage = "agenda preview [--review <name>] [--as-of yyyy-MM-dd] [--out file.json]";

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (args.Count == 0 || args[0] != "preview" || args.Count % 2 != 1)
        {
            throw new CliException($"usage: {Usage}", 2);
        }
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Count; i += 2)
        {
            if (args[i] is not ("--review" or "--as-of" or "--out"))
            {
                throw new CliException($"usage: {Usage}", 2);
            }
            options[args[i]] = args[i + 1];
        }
        DateOnly? asOf = options.TryGetValue("--as-of", out var asOfText)
            ? DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                ? parsed
                : throw new CliException($"--as-of must be yyyy-MM-dd, not '{asOfText}'", 2)
            : null;

        CliTenant.UseDefault(services);
        var review = options.TryGetValue("--review", out var name) ? await ReviewLookup.ForCliAsync(services, name, cancellationToken) : null;
        var card = await services.GetRequiredService<AgendaPoster>().BuildCardAsync(review, asOf, 1, cancellationToken);
        var json = card.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        if (options.TryGetValue("--out", out var path))
        {
            await File.WriteAllTextAsync(path, json, cancellationToken);
        }
        else
        {
            await Console.Out.WriteLineAsync(json);
            await Console.Out.FlushAsync(cancellationToken);
        }
        return 0;
    }
}
