using CxReviewBot.Metrics;

namespace CxReviewBot.Features.Agenda;

/// <summary>
/// The linkage line of a touchpoint: the revenue behind its unhappiest customers and whether its happiest ones renew
/// more ("NPS detractors here: $120000 ARR renewing in 90 days; renewal 58% vs 93% for promoters"). NPS first, else CSAT.
/// Numbers are written as the linkage CSV writes them.
/// </summary>
internal static class AgendaInsight
{
    public static IReadOnlyDictionary<string, string> ByTouchpoint(IReadOnlyList<LinkageRow> rows) =>
        rows.GroupBy(r => r.Touchpoint, StringComparer.Ordinal)
            .Select(g => (Touchpoint: g.Key, Text: For(g.ToList(), ScoreBand.Nps, "detractors", "detractor", "promoter", "promoters")
                ?? For(g.ToList(), ScoreBand.Csat, "dissatisfied customers", "dissatisfied", "satisfied", "satisfied customers")))
            .Where(x => x.Text is not null)
            .ToDictionary(x => x.Touchpoint, x => x.Text!, StringComparer.Ordinal);

    private static string? For(List<LinkageRow> rows, string metric, string lowLabel, string lowBand, string highBand, string highLabel)
    {
        var low = rows.FirstOrDefault(r => r.Metric == metric && r.Band == lowBand);
        var high = rows.FirstOrDefault(r => r.Metric == metric && r.Band == highBand);
        if (low is null)
        {
            return null;
        }
        var text = $"{metric} {lowLabel} here: ${CsvNumber.Format(low.ArrRenewing90d)} ARR renewing in 90 days";
        if (low.RenewalRate is { } lowRate && high?.RenewalRate is { } highRate)
        {
            text += $"; renewal {CsvNumber.Format(lowRate)}% vs {CsvNumber.Format(highRate)}% for {highLabel}";
        }
        return text;
    }
}
