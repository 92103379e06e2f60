namespace CxReviewBot.Metrics;

/// <summary>
/// Survey bands of contract.md: NPS 0–10 (promoter 9–10, passive 7–8, detractor 0–6) and CSAT 1–5 (satisfied
/// 4–5, neutral 3, dissatisfied 1–2). A fractional score falls in the band below the next whole edge (8.5 is passive).
/// </summary>
internal static class ScoreBand
{
    public const string Nps = "NPS";
    public const string Csat = "CSAT";

    /// <summary>Bands in display order, best first.</summary>
    public static IReadOnlyList<string> BandsOf(string metric) => metric.ToUpperInvariant() switch
    {
        Nps => ["promoter", "passive", "detractor"],
        Csat => ["satisfied", "neutral", "dissatisfied"],
        _ => [],
    };

    public static bool HasBands(string metric) => BandsOf(metric).Count > 0;

    public static string Scale(string metric) => string.Equals(metric, Nps, StringComparison.OrdinalIgnoreCase) ? "0–10" : "1–5";

    /// <summary>The band of a score, or null when the metric has no bands or the score is off its scale.</summary>
    public static string? Of(string metric, double score) => metric.ToUpperInvariant() switch
    {
        Nps when score is < 0 or > 10 => null,
        Nps => score >= 9 ? "promoter" : score >= 7 ? "passive" : "detractor",
        Csat when score is < 1 or > 5 => null,
        Csat => score >= 4 ? "satisfied" : score >= 3 ? "neutral" : "dissatisfied",
        _ => null,
    };
}
