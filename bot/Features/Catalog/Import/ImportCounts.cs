namespace CxReviewBot.Features.Catalog.Import;

internal sealed class ImportCounts
{
    public long Rows { get; set; }
    public long Inserted { get; set; }
    public long Updated { get; set; }

    public void Count(bool inserted, bool changed)
    {
        if (inserted)
        {
            Inserted++;
        }
        else if (changed)
        {
            Updated++;
        }
    }

    public ImportResult ToResult(ImportKind kind, IReadOnlyList<string> warnings) =>
        new(kind, Rows, Inserted, Updated, Rows - Inserted - Updated, [], warnings);
}
