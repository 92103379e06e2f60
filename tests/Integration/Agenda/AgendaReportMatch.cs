using CxReviewBot.Cards.Agenda;
using CxReviewBot.Features.Catalog.Reporting;
using CxReviewBot.Metrics;
using MetricStatus = CxReviewBot.Cards.Metrics.MetricStatus;

namespace CxReviewBot.IntegrationTests.Agenda;

/// <summary>Checks every line of the report CSV against the agenda's numbers, written the report's way.</summary>
internal static class AgendaReportMatch
{
    public static async Task AssertEqualAsync(IReadOnlyList<ReviewPackRow> rows, AgendaView view)
    {
        var output = new StringWriter();
        await ReviewPackCsv.WriteAsync(output, rows, CancellationToken.None);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.NotEmpty(lines);
        foreach (var csv in lines)
        {
            var f = csv.Split(',');
            var metric = f[0] == "*"
                ? view.Headline.Single(l => l.Name == f[2])
                : view.Touchpoints.Single(t => t.Name == f[0]) is var t ? t.ExperienceMetrics.Concat(t.CommercialMetrics).Single(l => l.Name == f[2]) : null;
            Assert.Equal(
                (f[6], f[7], f[8], f[9], f[10], f[11]),
                (CsvNumber.Format(metric!.Value), CsvNumber.Format(metric.Previous), CsvNumber.Format(metric.Change),
                    CsvNumber.Format(metric.Target), CsvNumber.Format(metric.VsTarget), Wire(metric.Status)));
        }
        var shown = view.Headline.Count + view.Touchpoints.Sum(t => t.ExperienceMetrics.Count + t.CommercialMetrics.Count);
        Assert.Equal(lines.Count, shown);
    }

    private static string Wire(MetricStatus status) => status switch
    {
        MetricStatus.DecisionNeeded => "decision_needed",
        MetricStatus.OffTarget => "off_target",
        MetricStatus.OnTrack => "on_track",
        _ => "",
    };
}
