using System.Globalization;
using CxReviewBot.Cards.Metrics;

namespace CxReviewBot.Cards.Agenda;

/// <summary>The agenda's one-line summary: how many touchpoints stand where, and which of them this page shows.</summary>
public static class AgendaSummary
{
    /// <summary>
    /// E.g. "3 need a decision, 5 off target, 12 on track — showing 1–10 of 20, worst first". When the size budget
    /// shortened the page, the line says so, so nothing disappears silently.
    /// </summary>
    public static string Text(IReadOnlyList<TouchpointSummary> touchpoints, PageSlice slice)
    {
        if (touchpoints.Count == 0)
        {
            return "No touchpoints in this review yet.";
        }

        var counts = new[]
        {
            Count(touchpoints, MetricStatus.DecisionNeeded, "needs a decision", "need a decision"),
            Count(touchpoints, MetricStatus.OffTarget, "off target", "off target"),
            Count(touchpoints, MetricStatus.NoData, "without data", "without data"),
            Count(touchpoints, MetricStatus.OnTrack, "on track", "on track"),
        };
        var text = $"{string.Join(", ", counts.OfType<string>())} \u2014 {slice.Showing}, worst first";
        return (slice.Shortened, slice.Detail) switch
        {
            (false, CardDetail.Full) => text + ".",
            (true, CardDetail.Full) => text + ". This page holds fewer touchpoints to stay within Teams' message size limit; the rest follow on the next pages.",
            (false, _) => text + ". Details are cut to stay within Teams' message size limit; the report has them all.",
            (true, _) => text + ". This page holds fewer touchpoints and less detail to stay within Teams' message size limit; the rest follow on the next pages and the report has every detail.",
        };
    }

    private static string? Count(IReadOnlyList<TouchpointSummary> touchpoints, MetricStatus status, string one, string many)
    {
        var count = touchpoints.Count(t => t.WorstStatus == status);
        return count switch
        {
            0 => null,
            1 => "1 " + one,
            _ => string.Create(CultureInfo.InvariantCulture, $"{count} {many}"),
        };
    }
}
