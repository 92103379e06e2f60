using CxReviewBot.Metrics;

namespace CxReviewBot.Features.Catalog.Reporting;

/// <summary>Writes review pack rows as contract.md's report CSV. The owner column carries the owner's UPN.</summary>
internal static class ReviewPackCsv
{
    public const string Header = "touchpoint,owner,metric,kind,unit,period_end,value,previous_value,change,target,vs_target,status";

    public static async Task WriteAsync(TextWriter output, IEnumerable<ReviewPackRow> rows, CancellationToken cancellationToken)
    {
        await output.WriteAsync(Header + "\n");
        foreach (var r in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await output.WriteAsync(CsvText.Line(
                CsvText.Escape(r.Touchpoint),
                CsvText.Escape(r.OwnerUpn),
                CsvText.Escape(r.Metric),
                r.Kind.ToString().ToLowerInvariant(),
                r.Unit.ToString().ToLowerInvariant(),
                CsvNumber.Format(r.PeriodEnd),
                CsvNumber.Format(r.Value),
                CsvNumber.Format(r.PreviousValue),
                CsvNumber.Format(r.Change),
                CsvNumber.Format(r.Target),
                CsvNumber.Format(r.VsTarget),
                MetricStatusRule.Wire(r.Status)) + "\n");
        }
    }
}
