namespace CxReviewBot.Cards.Model;

/// <summary>Values for <see cref="Column.Width"/>.</summary>
public static class ColumnWidth
{
    /// <summary>As wide as the content needs.</summary>
    public const string Auto = "auto";

    /// <summary>Shares the remaining width with other stretch columns.</summary>
    public const string Stretch = "stretch";

    /// <summary>A fixed width in pixels, e.g. <c>"48px"</c>.</summary>
    public static string Pixels(int pixels) =>
        pixels > 0 ? $"{pixels}px" : throw new ArgumentOutOfRangeException(nameof(pixels), pixels, "Width must be positive.");
}
