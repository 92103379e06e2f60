using System.Globalization;
using CxReviewBot.Data;
using CxReviewBot.Features.Decisions;
using CxReviewBot.Metrics;
using CxReviewBot.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Ledger;

/// <summary>
/// `report --section decision_changes`: the full audit trail, every change made on or before the end of the as-of
/// date (UTC), in the order it happened. at_utc is ISO 8601 with a Z; kind is the change kind in lower case.
/// </summary>
internal static class LedgerChangesCsv
{
    public const string Header = "review,decision_id,at_utc,by,kind,field,old_value,new_value";

    public static async Task WriteAsync(TextWriter output, CxDbContext db, Review? review, DateOnly asOf, CancellationToken cancellationToken)
    {
        var end = asOf.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var rows = await (
            from c in db.Set<DecisionChange>().AsNoTracking()
            join d in db.Set<Decision>().AsNoTracking() on c.DecisionId equals d.Id
            join r in db.Set<Review>().AsNoTracking() on d.ReviewId equals r.Id
            where c.AtUtc < end && (review == null || r.Id == review.Id)
            orderby c.AtUtc, c.Id
            select new { Review = r.Name, c.DecisionId, c.AtUtc, c.ByName, c.Kind, c.Field, c.OldValue, c.NewValue })
            .ToListAsync(cancellationToken);
        await output.WriteAsync(Header + "\n");
        foreach (var c in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await output.WriteAsync(CsvText.Line(
                CsvText.Escape(c.Review),
                c.DecisionId.ToString(CultureInfo.InvariantCulture),
                DateTime.SpecifyKind(c.AtUtc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                CsvText.Escape(c.ByName),
                c.Kind.ToString().ToLowerInvariant(),
                CsvText.Escape(c.Field),
                CsvText.Escape(c.OldValue),
                CsvText.Escape(c.NewValue)) + "\n");
        }
    }
}
