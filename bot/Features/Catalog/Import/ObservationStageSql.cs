using System.Data.Common;
namespace CxReviewBot.Features.Catalog.Import;

/// <summary>Staging-table SQL that both providers understand.</summary>
internal static class ObservationStageSql
{
    public static string Duplicates(int max) => $"""
        SELECT d.line, (SELECT min(f.line) FROM observation_stage AS f
                        WHERE f.metric_id = d.metric_id AND f.touchpoint_id = d.touchpoint_id AND f.period_end = d.period_end)
        FROM observation_stage AS d
        WHERE EXISTS (SELECT 1 FROM observation_stage AS e
                      WHERE e.metric_id = d.metric_id AND e.touchpoint_id = d.touchpoint_id AND e.period_end = d.period_end
                        AND e.line < d.line)
        ORDER BY d.line
        LIMIT {max}
        """;

    public static async Task<IReadOnlyList<(long Line, long FirstLine)>> ReadDuplicatesAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using (command)
        {
            var duplicates = new List<(long, long)>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                duplicates.Add((reader.GetInt64(0), reader.GetInt64(1)));
            }
            return duplicates;
        }
    }
}
