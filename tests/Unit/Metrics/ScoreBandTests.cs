using CxReviewBot.Metrics;
namespace CxReviewBot.UnitTests.Metrics;

public sealed class ScoreBandTests
{
    [Theory]
    [InlineData("NPS", 0, "detractor")]
    [InlineData("NPS", 6, "detractor")]
    [InlineData("NPS", 7, "passive")]
    [InlineData("NPS", 8, "passive")]
    [InlineData("NPS", 8.5, "passive")]
    [InlineData("NPS", 9, "promoter")]
    [InlineData("NPS", 10, "promoter")]
    [InlineData("CSAT", 1, "dissatisfied")]
    [InlineData("CSAT", 2, "dissatisfied")]
    [InlineData("CSAT", 3, "neutral")]
    [InlineData("CSAT", 4, "satisfied")]
    [InlineData("csat", 5, "satisfied")]
    public void ScoreAtEdge_FallsInContractBand(string metric, double score, string band)
    {
        Assert.Equal(band, ScoreBand.Of(metric, score));
    }

    [Theory]
    [InlineData("NPS", 11)]
    [InlineData("NPS", -1)]
    [InlineData("CSAT", 0)]
    [InlineData("CSAT", 6)]
    [InlineData("CES", 3)]
    public void OffScaleOrUnbandedMetric_HasNoBand(string metric, double score)
    {
        Assert.Null(ScoreBand.Of(metric, score));
    }
}
