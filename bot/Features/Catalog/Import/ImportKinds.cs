namespace CxReviewBot.Features.Catalog.Import;

internal static class ImportKinds
{
    public const string Usage = "touchpoints|metrics|observations|accounts|responses";

    public static bool TryParse(string? text, out ImportKind kind) =>
        Enum.TryParse(text, ignoreCase: true, out kind) && Enum.IsDefined(kind) && !int.TryParse(text, out _);

    public static string Name(this ImportKind kind) => kind.ToString().ToLowerInvariant();
}
