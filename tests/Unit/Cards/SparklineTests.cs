using CxReviewBot.Cards.Metrics;

namespace CxReviewBot.UnitTests.Cards;

public sealed class SparklineTests
{
    [Fact]
    public void Rising_UsesEveryBlockLowToHigh() =>
        Assert.Equal("\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588", Sparkline.Text([0, 1, 2, 3, 4, 5, 6, 7]));

    [Fact]
    public void Values_AreScaledBetweenMinAndMax() =>
        Assert.Equal("\u2588\u2581\u2585", Sparkline.Text([110, 40, 80]));

    [Fact]
    public void Nulls_BecomeGaps() =>
        Assert.Equal("\u2581 \u2588  ", Sparkline.Text([1, null, 2, double.NaN, null]));

    [Fact]
    public void FlatSeries_SitsMidHeight() => Assert.Equal("\u2584\u2584\u2584", Sparkline.Text([5, 5, 5]));

    [Fact]
    public void NoValues_IsEmpty()
    {
        Assert.Equal("", Sparkline.Text([]));
        Assert.Equal("", Sparkline.Text([null, null]));
    }

    [Fact]
    public void Describe_GivesRangeAndGaps() =>
        Assert.Equal(
            "Trend over 5 periods: from 40.0 to 42.0, low 38.0, high 45.0; 1 period without data.",
            Sparkline.Describe([40, 38, null, 45, 42], MetricUnit.Score));

    [Fact]
    public void Describe_WithoutData_SaysSo() => Assert.Equal("No trend data.", Sparkline.Describe([null], MetricUnit.Percent));
}
