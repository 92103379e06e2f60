using CxReviewBot.Features.Catalog.Import;
namespace CxReviewBot.UnitTests.Catalog;

public sealed class ObservationDuplicatesTests
{
    [Fact]
    public void ManyRepeats_KeepTheLowestLinesInLineOrder()
    {
        var duplicates = new ObservationDuplicates(max: 3);
        foreach (var line in new long[] { 90, 12, 55, 7, 300, 8 })
        {
            duplicates.Add(line, firstLine: line - 1);
        }

        Assert.Equal(6, duplicates.Count);
        Assert.Equal([(7L, 6L), (8L, 7L), (12L, 11L)], duplicates.InLineOrder());
    }

    [Fact]
    public void NoRepeats_AreNone() => Assert.Empty(new ObservationDuplicates(20).InLineOrder());
}
