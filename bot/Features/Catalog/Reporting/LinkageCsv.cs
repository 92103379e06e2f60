using CxReviewBot.Metrics;

namespace CxReviewBot.Features.Catalog.Reporting;

internal static class LinkageCsv
{
    public const string Header = "touchpoint,metric,band,accounts,arr,decided_accounts,renewed_accounts,renewal_rate,churned_arr,arr_renewing_90d";

    public static async Task WriteAsync(TextWriter output, IEnumerable<LinkageRow> rows, CancellationToken cancellationToken)
    {
        await output.WriteAsync(Header + "\n");
        foreach (var r in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await output.WriteAsync(CsvText.Line(
                CsvText.Escape(r.Touchpoint),
                CsvText.Escape(r.Metric),
                r.Band,
                CsvNumber.Format(r.Accounts),
                CsvNumber.Format(r.Arr),
                CsvNumber.Format(r.DecidedAccounts),
                CsvNumber.Format(r.RenewedAccounts),
                CsvNumber.Format(r.RenewalRate),
                CsvNumber.Format(r.ChurnedArr),
                CsvNumber.Format(r.ArrRenewing90d)) + "\n");
        }
    }
}
