namespace CxReviewBot.Features.Catalog.Import;

/// <summary>What an import did (or, with errors, why it wrote nothing).</summary>
internal sealed record ImportResult(
    ImportKind Kind,
    long Rows,
    long Inserted,
    long Updated,
    long Unchanged,
    IReadOnlyList<string> Errors,
    IReadOnlyList<string> Warnings)
{
    public bool Succeeded => Errors.Count == 0;

    public string Summary =>
        $"imported {Kind.Name()}: {Rows} rows, {Inserted} inserted, {Updated} updated, {Unchanged} unchanged";

    public static ImportResult Failed(ImportKind kind, long rows, ImportErrors errors, IReadOnlyList<string> warnings) =>
        new(kind, rows, 0, 0, 0, errors.Messages, warnings);
}
