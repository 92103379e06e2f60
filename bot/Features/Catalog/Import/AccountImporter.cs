using CxReviewBot.Data;
using CxReviewBot.Metrics;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Catalog.Import;

/// <summary>Upserts per-account commercial outcomes by account_id.</summary>
internal sealed class AccountImporter(CxDbContext db)
{
    private static readonly string[] Required = ["account_id", "arr", "outcome"];
    private static readonly string[] Optional = ["renewal_date", "expansion_arr"];

    public async Task<ImportResult> ImportAsync(Stream csv, CancellationToken cancellationToken)
    {
        var errors = new ImportErrors();
        var warnings = new List<string>();
        var counts = new ImportCounts();
        var table = await CsvTable.OpenAsync(csv, Required, Optional, errors, warnings, cancellationToken);
        if (table is null)
        {
            return ImportResult.Failed(ImportKind.Accounts, 0, errors, warnings);
        }
        var existing = await db.Set<CustomerAccount>().ToDictionaryAsync(a => a.AccountId, StringComparer.Ordinal, cancellationToken);
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await table.ReadAsync(cancellationToken))
        {
            counts.Rows++;
            var accountId = table.RequiredText("account_id");
            var arr = table.Number("arr", required: true);
            var outcome = table.Word<RenewalOutcome>("outcome");
            var renewalDate = table.Date("renewal_date", required: false);
            var expansion = table.Number("expansion_arr", required: false);
            if (accountId is null || arr is null || outcome is null || errors.Any)
            {
                continue;
            }
            if (!seen.TryAdd(accountId, table.Line))
            {
                table.Fail($"duplicate account_id '{accountId}' (first on line {seen[accountId]})");
                continue;
            }
            var incoming = new CustomerAccount
            {
                AccountId = accountId,
                Arr = arr.Value,
                Outcome = outcome.Value,
                RenewalDate = renewalDate,
                ExpansionArr = expansion,
            };
            if (!existing.TryGetValue(accountId, out var current))
            {
                db.Add(incoming);
                counts.Count(inserted: true, changed: true);
                continue;
            }
            var changed = current.Arr != incoming.Arr || current.Outcome != incoming.Outcome
                || current.RenewalDate != incoming.RenewalDate || current.ExpansionArr != incoming.ExpansionArr;
            (current.Arr, current.Outcome, current.RenewalDate, current.ExpansionArr) =
                (incoming.Arr, incoming.Outcome, incoming.RenewalDate, incoming.ExpansionArr);
            counts.Count(inserted: false, changed);
        }
        return await ImportSaving.SaveAsync(db, ImportKind.Accounts, counts, errors, warnings, cancellationToken);
    }
}
