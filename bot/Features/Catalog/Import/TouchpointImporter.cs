using CxReviewBot.Data;
using CxReviewBot.Metrics;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Catalog.Import;

/// <summary>Upserts touchpoints by name. The catalogue is small, so it is diffed in memory and saved at once.</summary>
internal sealed class TouchpointImporter(CxDbContext db)
{
    private static readonly string[] Required = ["touchpoint", "function", "owner_upn"];
    private static readonly string[] Optional = ["owner_aad_id", "owner_name", "description"];

    public async Task<ImportResult> ImportAsync(Stream csv, CancellationToken cancellationToken)
    {
        var errors = new ImportErrors();
        var warnings = new List<string>();
        var counts = new ImportCounts();
        var table = await CsvTable.OpenAsync(csv, Required, Optional, errors, warnings, cancellationToken);
        if (table is null)
        {
            return ImportResult.Failed(ImportKind.Touchpoints, 0, errors, warnings);
        }
        var existing = await db.Set<Touchpoint>().ToDictionaryAsync(t => t.Name, StringComparer.Ordinal, cancellationToken);
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await table.ReadAsync(cancellationToken))
        {
            counts.Rows++;
            var name = table.RequiredText("touchpoint");
            var function = table.RequiredText("function");
            // The column is required; an empty value is a touchpoint nobody owns yet, which `owners` flags.
            var upn = table.Text("owner_upn") ?? "";
            if (upn.Length > 0 && !LooksLikeUpn(upn))
            {
                table.Fail($"'owner_upn' '{CsvFieldRules.Echo(upn)}' is not a user principal name (name@domain)");
                continue;
            }
            if (name is null || function is null)
            {
                continue;
            }
            if (!seen.TryAdd(name, table.Line))
            {
                table.Fail($"duplicate touchpoint '{name}' (first on line {seen[name]})");
                continue;
            }
            var incoming = new Touchpoint
            {
                Name = name,
                Function = function,
                OwnerUpn = upn,
                OwnerAadId = table.Text("owner_aad_id"),
                OwnerName = table.Text("owner_name"),
                Description = table.Text("description"),
            };
            if (!existing.TryGetValue(name, out var current))
            {
                db.Add(incoming);
                counts.Count(inserted: true, changed: true);
                continue;
            }
            var changed = current.Function != incoming.Function || current.OwnerUpn != incoming.OwnerUpn
                || current.OwnerAadId != incoming.OwnerAadId || current.OwnerName != incoming.OwnerName
                || current.Description != incoming.Description;
            (current.Function, current.OwnerUpn, current.OwnerAadId, current.OwnerName, current.Description) =
                (incoming.Function, incoming.OwnerUpn, incoming.OwnerAadId, incoming.OwnerName, incoming.Description);
            counts.Count(inserted: false, changed);
        }
        return await ImportSaving.SaveAsync(db, ImportKind.Touchpoints, counts, errors, warnings, cancellationToken);
    }

    private static bool LooksLikeUpn(string upn)
    {
        var at = upn.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at < upn.Length - 1 && upn.IndexOf('@', at + 1) < 0 && !upn.Any(char.IsWhiteSpace);
    }
}
