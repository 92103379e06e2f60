using CxReviewBot.Data;
using CxReviewBot.Metrics;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Catalog.Import;

/// <summary>Name → id maps of the tenant's catalogue, resolving a row's references or recording `unknown …` errors.</summary>
internal sealed class CatalogLookups
{
    private readonly Dictionary<string, long> _touchpoints;
    private readonly Dictionary<string, (long Id, string Name)> _metrics;
    private readonly Dictionary<string, long> _accounts;

    private CatalogLookups(Dictionary<string, long> touchpoints, Dictionary<string, (long, string)> metrics, Dictionary<string, long> accounts)
    {
        _touchpoints = touchpoints;
        _metrics = metrics;
        _accounts = accounts;
    }

    public static async Task<CatalogLookups> LoadAsync(CxDbContext db, bool withAccounts, CancellationToken cancellationToken)
    {
        var touchpoints = await db.Set<Touchpoint>().ToDictionaryAsync(t => t.Name, t => t.Id, StringComparer.Ordinal, cancellationToken);
        var metrics = await db.Set<Metric>().ToDictionaryAsync(m => m.Name, m => (m.Id, m.Name), StringComparer.Ordinal, cancellationToken);
        var accounts = withAccounts
            ? await db.Set<CustomerAccount>().ToDictionaryAsync(a => a.AccountId, a => a.Id, StringComparer.Ordinal, cancellationToken)
            : [];
        return new CatalogLookups(touchpoints, metrics, accounts);
    }

    /// <summary>The touchpoint id; with <paramref name="allowBusinessWide"/>, empty or `*` is the business (id 0).</summary>
    public long? Touchpoint(CsvTable table, bool allowBusinessWide)
    {
        var name = allowBusinessWide ? table.Text("touchpoint") : table.RequiredText("touchpoint");
        if (name is null || name == "*")
        {
            if (allowBusinessWide)
            {
                return 0;
            }
            if (name is not null)
            {
                table.Fail("'touchpoint' must name a touchpoint, not '*'");
            }
            return null;
        }
        if (_touchpoints.TryGetValue(name, out var id))
        {
            return id;
        }
        table.Fail($"unknown touchpoint '{CsvFieldRules.Echo(name)}' (import touchpoints first)");
        return null;
    }

    public (long Id, string Name)? Metric(CsvTable table)
    {
        var name = table.RequiredText("metric");
        if (name is null)
        {
            return null;
        }
        if (_metrics.TryGetValue(name, out var metric))
        {
            return metric;
        }
        table.Fail($"unknown metric '{CsvFieldRules.Echo(name)}' (import metrics first)");
        return null;
    }

    public long? Account(CsvTable table)
    {
        var accountId = table.RequiredText("account_id");
        if (accountId is null)
        {
            return null;
        }
        if (_accounts.TryGetValue(accountId, out var id))
        {
            return id;
        }
        table.Fail($"unknown account_id '{CsvFieldRules.Echo(accountId)}' (import accounts first)");
        return null;
    }
}
