using CxReviewBot.Data;
namespace CxReviewBot.Features.Catalog.Import;

/// <summary>The all-or-nothing end of an in-memory import: save everything, or with any error forget everything.</summary>
internal static class ImportSaving
{
    public static async Task<ImportResult> SaveAsync(CxDbContext db, ImportKind kind, ImportCounts counts, ImportErrors errors,
        List<string> warnings, CancellationToken cancellationToken)
    {
        if (errors.Any)
        {
            db.ChangeTracker.Clear();
            return ImportResult.Failed(kind, counts.Rows, errors, warnings);
        }
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return counts.ToResult(kind, warnings);
    }
}
