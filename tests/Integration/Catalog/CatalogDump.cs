using System.Globalization;
using System.Text;
using CxReviewBot.TestKit;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.IntegrationTests.Catalog;

/// <summary>Every row of the catalogue tables as text (ids included), to prove a rejected import changed nothing.</summary>
internal static class CatalogDump
{
    private static readonly (string Table, string Order)[] Tables =
    [
        ("touchpoints", "\"Id\""), ("metrics", "\"Id\""), ("observations", "\"MetricId\", \"TouchpointId\", \"PeriodEnd\""),
        ("accounts", "\"Id\""), ("survey_responses", "\"Id\""),
    ];

    public static async Task<string> DumpAsync(TestDatabase database)
    {
        await using var db = database.Context(null);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var text = new StringBuilder();
        foreach (var (table, order) in Tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table} ORDER BY {order}";
            await using var reader = await command.ExecuteReaderAsync();
            text.Append("## ").AppendLine(table);
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.IsDBNull(i) ? "∅" : Format(reader.GetValue(i))).Append('|');
                }
                text.AppendLine();
            }
        }
        return text.ToString();
    }

    private static string Format(object value) => value switch
    {
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
