using CxReviewBot.Metrics;
namespace CxReviewBot.UnitTests.Metrics;

public sealed class MetricStatusRuleTests
{
    [Theory]
    [InlineData(4.5, true, 4.2, 3.8, "on_track")]
    [InlineData(4.2, true, 4.2, 3.8, "on_track")]
    [InlineData(4.0, true, 4.2, 3.8, "off_target")]
    [InlineData(3.8, true, 4.2, 3.8, "off_target")]
    [InlineData(3.79, true, 4.2, 3.8, "decision_needed")]
    [InlineData(2.4, false, 2.5, 3.5, "on_track")]
    [InlineData(2.7, false, 2.5, 3.5, "off_target")]
    [InlineData(3.6, false, 2.5, 3.5, "decision_needed")]
    public void ValueAgainstTargetAndThreshold_GivesStatus(double value, bool higherIsBetter, double target, double threshold, string expected)
    {
        Assert.Equal(expected, MetricStatusRule.Wire(MetricStatusRule.Evaluate(value, higherIsBetter, target, threshold)));
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
        Assert.Equal(66.6667, MetricChange.RenewalRate(2, 3)!.Value, 4);
    }
}
