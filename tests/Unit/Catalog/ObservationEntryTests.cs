using CxReviewBot.Features.Catalog.Import;
namespace CxReviewBot.UnitTests.Catalog;

public sealed class ObservationEntryTests
{
    [Theory]
    [InlineData(1, 0, 1, 1, 1, 4.5)]
    [InlineData(9_007_199_254_740_991, 9_007_199_254_740_991, 9999, 12, 31, -0.25)]
    [InlineData(42, 7, 2026, 11, 22, 1e300)]
    public void Row_ComesBackAsItWent(long metric, long touchpoint, int year, int month, int day, double value)
    {
        var row = new ObservationRow(touchpoint, metric, new DateOnly(year, month, day), value);

        Assert.Equal(row, new ObservationEntry(row, line: 17).Row);
        Assert.Equal(17, new ObservationEntry(row, line: 17).Line);
    }

    [Fact]
    public void Order_IsMetricThenTouchpointThenPeriodThenLine()
    {
        var day = new DateOnly(2026, 11, 22);
        var expected = new[]
        {
            new ObservationEntry(new(TouchpointId: 9, MetricId: 1, day, 1), 50),
            new ObservationEntry(new(TouchpointId: 0, MetricId: 2, day.AddDays(7), 1), 40),
            new ObservationEntry(new(TouchpointId: 3, MetricId: 2, day, 1), 30),
            new ObservationEntry(new(TouchpointId: 3, MetricId: 2, day.AddDays(7), 2), 20),
            new ObservationEntry(new(TouchpointId: 3, MetricId: 2, day.AddDays(7), 3), 21),
        };
        var shuffled = expected.Reverse().ToArray();

        Array.Sort(shuffled);

        Assert.Equal(expected.Select(e => e.Line), shuffled.Select(e => e.Line));
        Assert.True(shuffled[3].SameKey(shuffled[4]));
        Assert.False(shuffled[2].SameKey(shuffled[3]));
    }

    [Fact]
    public void IdBeyondWhatTheKeyHolds_IsRefused() =>
        Assert.Throws<InvalidOperationException>(() => new ObservationEntry(new(TouchpointId: 1, MetricId: 1L << 53, new DateOnly(2026, 1, 1), 1), 2));
}
