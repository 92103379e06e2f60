using CxReviewBot.Cards.Agenda;
using CxReviewBot.Features.Judge;
namespace CxReviewBot.UnitTests.Judge;

public sealed class MoveRuleTests
{
    [Theory]
    [InlineData(3.7, 4.0, 0.5, true, MoveOutcome.MovedAsExpected)]   // +0.3 of +0.5: at least half
    [InlineData(3.7, 3.95, 0.5, true, MoveOutcome.MovedAsExpected)]  // exactly half
    [InlineData(3.7, 3.9, 0.5, true, MoveOutcome.NoChange)]          // right way, under half
    [InlineData(3.7, 3.7, 0.5, true, MoveOutcome.NoChange)]
    [InlineData(3.7, 3.6, 0.5, true, MoveOutcome.MovedWrongWay)]
    [InlineData(12.0, 9.0, -4.0, false, MoveOutcome.MovedAsExpected)] // churn expected down 4, fell 3
    [InlineData(12.0, 12.5, -4.0, false, MoveOutcome.MovedWrongWay)]
    [InlineData(12.0, 11.0, null, false, MoveOutcome.MovedAsExpected)] // no expected change: better direction, any amount
    [InlineData(40.0, 39.0, null, true, MoveOutcome.MovedWrongWay)]
    [InlineData(40.0, 40.0, 0.0, true, MoveOutcome.NoChange)]
    [InlineData(0.1, 0.30000000000000004, 0.4, true, MoveOutcome.MovedAsExpected)] // float noise does not cost half
    [InlineData(null, 4.0, 0.5, true, MoveOutcome.NoData)]
    [InlineData(3.7, null, 0.5, true, MoveOutcome.NoData)]
    public void Judge_FollowsTheDocumentedRule(double? baseline, double? latest, double? expected, bool higherIsBetter, MoveOutcome outcome) =>
        Assert.Equal(outcome, MoveRule.Judge(baseline, latest, expected, higherIsBetter));

    [Fact]
    public void ExpectedChangeSign_WinsOverBetterDirection()
    {
        // A deliberate trade-off: accept a lower CSAT for faster handling; the user's sign is the expectation.
        Assert.Equal(MoveOutcome.MovedAsExpected, MoveRule.Judge(4.5, 4.2, -0.4, higherIsBetter: true));
    }
}
