using CxReviewBot.Features.Catalog.Reporting;

namespace CxReviewBot.UnitTests.Catalog;

public sealed class MetricStatusRuleTests
{
    [Theory]
    [InlineData(4.5, true, 4.2, 3.8, MetricStatus.OnTrack)]
    [InlineData(4.2, true, 4.2, 3.8, MetricStatus.OnTrack)]
    [InlineData(4.0, true, 4.2, 3.8, MetricStatus.OffTarget)]
    [InlineData(3.8, true, 4.2, 3.8, MetricStatus.OffTarget)]
    [InlineData(3.79, true, 4.2, 3.8, MetricStatus.DecisionNeeded)]
    [InlineData(2.4, false, 2.5, 3.5, MetricStatus.OnTrack)]
    [InlineData(2.7, false, 2.5, 3.5, MetricStatus.OffTarget)]
    [InlineData(3.6, false, 2.5, 3.5, MetricStatus.DecisionNeeded)]
    public void ValueAgainstTargetAndThreshold_GivesStatus(double value, bool higherIsBetter, double target, double threshold, MetricStatus expected)
    {
        Assert.Equal(expected, MetricStatusRule.Evaluate(value, higherIsBetter, target, threshold));
    }

    [Fact]
    public void OnlyOneLineKnown_JudgesAgainstThatLine()
    {
        Assert.Equal(MetricStatus.DecisionNeeded, MetricStatusRule.Evaluate(10, true, null, 20));
        Assert.Equal(MetricStatus.OnTrack, MetricStatusRule.Evaluate(30, true, null, 20));
        Assert.Equal(MetricStatus.OffTarget, MetricStatusRule.Evaluate(900, true, 1000, null));
    }

    [Fact]
    public void NoTargetNoThreshold_HasNoStatus()
    {
        Assert.Null(MetricStatusRule.Evaluate(35, true, null, null));
        Assert.Equal("", MetricStatusRule.Wire(null));
        Assert.Equal("decision_needed", MetricStatusRule.Wire(MetricStatus.DecisionNeeded));
    }

    [Fact]
    public void MissingNumbers_StayMissing()
    {
        Assert.Null(MetricChange.Change(3, null));
        Assert.Null(MetricChange.VsTarget(3, null));
        Assert.Null(MetricChange.RenewalRate(0, 0));
        Assert.Equal(2.0 / 3 * 100, MetricChange.RenewalRate(2, 3));
    }
}
