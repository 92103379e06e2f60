using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text;
using CxReviewBot.Metrics;

namespace CxReviewBot.Features.Catalog.Import;

/// <summary>
/// Reads one observation row. A million-row import cannot afford strings per field, so plain rows (ASCII, a
/// yyyy-MM-dd date, names already seen) are parsed from the bytes; anything else takes the general path of the
/// other imports, which decides what is valid and words the `line N: reason` errors. The names are read with
/// plain SQL: EF Core's first query costs about a second, more than the rest of a 100,000-row import.
/// </summary>
internal sealed class ObservationRowReader(CsvTable table, Func<Task<CatalogLookups>> loadLookups)
{
    private readonly int _periodEnd = table.Column("period_end");
    private readonly int _touchpoint = table.Column("touchpoint");
    private readonly int _metric = table.Column("metric");
    private readonly int _value = table.Column("value");
    private Utf8NameTable? _touchpointIds;
    private Utf8NameTable? _metricIds;
    private CatalogLookups? _lookups;

    /// <summary>Loads the tenant's touchpoint and metric names (the same rows CatalogLookups holds).</summary>
    public async Task LoadNamesAsync(DbConnection connection, DbTransaction transaction, string tenantId, CancellationToken cancellationToken)
    {
        var touchpoints = new Dictionary<string, long>(StringComparer.Ordinal);
        var metrics = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (names, sql) in new[]
        {
            (touchpoints, """SELECT "Name", "Id" FROM touchpoints WHERE "TenantId" = @tenant"""),
            (metrics, """SELECT "Name", "Id" FROM metrics WHERE "TenantId" = @tenant"""),
        })
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@tenant";
            parameter.Value = tenantId;
            command.Parameters.Add(parameter);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                names[reader.GetString(0)] = reader.GetInt64(1);
            }
        }
        _touchpointIds = new Utf8NameTable(touchpoints);
        _metricIds = new Utf8NameTable(metrics);
    }

    /// <summary>The current row's values, or null after recording its errors.</summary>
    public ValueTask<ObservationRow?> ReadAsync() =>
        TryReadPlain(out var row) ? ValueTask.FromResult<ObservationRow?>(row) : ReadTextAsync();

    /// <summary>The current row's values when it is plain; false leaves it to <see cref="ReadAsync"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryReadPlain(out ObservationRow row)
    {
        var touchpoint = table.Utf8(_touchpoint);
        var metric = table.Utf8(_metric);
        var date = table.Utf8(_periodEnd);
        var number = table.Utf8(_value);
        // Non-ASCII text could hold Unicode whitespace that the general path trims.
        if (Ascii.IsValid(touchpoint) && Ascii.IsValid(metric) && Ascii.IsValid(date) && Ascii.IsValid(number)
            && TryTouchpoint(Trim(touchpoint), out var touchpointId) && TryName(_metricIds, Trim(metric), out var metricId)
            && ObservationValues.TryDate(Trim(date), out var periodEnd) && ObservationValues.TryNumber(Trim(number), out var value))
        {
            row = new ObservationRow(touchpointId, metricId, periodEnd, value);
            return true;
        }
        row = default;
        return false;
    }

    private async ValueTask<ObservationRow?> ReadTextAsync()
    {
        var lookups = _lookups ??= await loadLookups();
        var periodEnd = table.Date("period_end", required: true);
        var touchpoint = lookups.Touchpoint(table, allowBusinessWide: true);
        var metric = lookups.Metric(table);
        var value = table.Number("value", required: true);
        if (periodEnd is null || touchpoint is null || metric is null || value is null)
        {
            return null;
        }
        return new ObservationRow(touchpoint.Value, metric.Value.Id, periodEnd.Value, value.Value);
    }

    private bool TryTouchpoint(ReadOnlySpan<byte> name, out long id)
    {
        // Empty or `*` is the business as a whole (id 0), as in CatalogLookups.
        if (name.IsEmpty || name.SequenceEqual("*"u8))
        {
            id = 0;
            return true;
        }
        return TryName(_touchpointIds, name, out id);
    }

    private static bool TryName(Utf8NameTable? names, ReadOnlySpan<byte> name, out long id)
    {
        id = 0;
        return names is not null && !name.IsEmpty && names.TryGetValue(name, out id);
    }

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> field) => field.Trim(" \t\r\n\v\f"u8);
}
