using CxReviewBot.Cards.Metrics;

namespace CxReviewBot.UnitTests.Cards;

public sealed class MetricFormatTests
{
    [Theory]
    [InlineData(MetricUnit.Score, 4.25, "4.3")]
    [InlineData(MetricUnit.Score, 42, "42.0")]
    [InlineData(MetricUnit.Percent, 92.5, "92.5%")]
    [InlineData(MetricUnit.Percent, 3, "3%")]
    [InlineData(MetricUnit.Currency, 950.4, "$950")]
    [InlineData(MetricUnit.Currency, 9_499, "$9,499")]
    [InlineData(MetricUnit.Currency, 12_345, "$12.3k")]
    [InlineData(MetricUnit.Currency, 1_234_567, "$1.2M")]
    [InlineData(MetricUnit.Currency, 999_960, "$1M")]
    [InlineData(MetricUnit.Currency, 2_500_000_000, "$2.5B")]
    [InlineData(MetricUnit.Currency, -1_500_000, "-$1.5M")]
    [InlineData(MetricUnit.Count, 1_234_567, "1,234,567")]
    [InlineData(MetricUnit.Seconds, 45, "45s")]
    [InlineData(MetricUnit.Seconds, 250, "4m 10s")]
    [InlineData(MetricUnit.Seconds, 3_900, "1h 5m")]
    [InlineData(MetricUnit.Seconds, 183_600, "2d 3h")]
    public void Value_FormatsPerUnit(MetricUnit unit, double value, string expected) =>
        Assert.Equal(expected, MetricFormat.Value(unit, value));

    [Theory]
    [InlineData(null)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void MissingValue_SaysNoData(double? value) => Assert.Equal(MetricFormat.NoData, MetricFormat.Value(MetricUnit.Score, value));

    [Fact]
    public void Value_IgnoresCurrentCulture()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("1,234", MetricFormat.Value(MetricUnit.Count, 1234));
            Assert.Equal("4.5", MetricFormat.Value(MetricUnit.Score, 4.5));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData(MetricUnit.Score, 1.5, "\u25B2 1.5")]
    [InlineData(MetricUnit.Score, -0.3, "\u25BC 0.3")]
    [InlineData(MetricUnit.Score, 0.01, "no change")]
    [InlineData(MetricUnit.Percent, -0.3, "\u25BC 0.3 pts")]
    [InlineData(MetricUnit.Currency, 250_000, "\u25B2 $250k")]
    [InlineData(MetricUnit.Seconds, -75, "\u25BC 1m 15s")]
    public void Change_HasArrowAndMagnitude(MetricUnit unit, double change, string expected) =>
        Assert.Equal(expected, MetricFormat.Change(unit, change));

    [Theory]
    [InlineData(MetricUnit.Score, 3, "3.0 above target")]
    [InlineData(MetricUnit.Percent, -1.25, "1.3 pts below target")]
    [InlineData(MetricUnit.Count, 0.2, "at target")]
    public void VsTarget_SaysAboveOrBelow(MetricUnit unit, double gap, string expected) =>
        Assert.Equal(expected, MetricFormat.VsTarget(unit, gap));
}
