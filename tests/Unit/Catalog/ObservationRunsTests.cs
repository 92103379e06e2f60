using CxReviewBot.Features.Catalog.Import;
namespace CxReviewBot.UnitTests.Catalog;

public sealed class ObservationRunsTests
{
    private static readonly DateOnly Day = new(2026, 1, 4);

    [Fact]
    public void RunsAndTheLastChunk_MergeInKeyOrderThenLineOrder()
    {
        using var runs = new ObservationRuns();
        var random = new Random(3);
        var all = new List<ObservationEntry>();
        var line = 2;
        for (var run = 0; run < 4; run++)
        {
            var chunk = Chunk(Enumerable.Range(0, 5_000).Select(_ => new ObservationRow(random.Next(0, 20), random.Next(1, 6), Day.AddDays(7 * random.Next(0, 60)), 1)), ref line, all);
            runs.Add(chunk.TakeSorted().Span);
        }
        var last = Chunk(Enumerable.Range(0, 1_234).Select(_ => new ObservationRow(random.Next(0, 20), random.Next(1, 6), Day.AddDays(7 * random.Next(0, 60)), 1)), ref line, all);

        var merged = runs.Merge(last.TakeSorted()).ToList();

        Assert.Equal(4, runs.Count);
        Assert.Equal(all.Order().Select(e => (e.Row, e.Line)), merged.Select(e => (e.Row, e.Line)));
    }

    [Fact]
    public void NoRuns_GiveTheLastChunkAlone()
    {
        using var runs = new ObservationRuns();
        var line = 2;
        var last = Chunk([new ObservationRow(1, 2, Day, 3), new ObservationRow(0, 2, Day, 4)], ref line, []);

        var merged = runs.Merge(last.TakeSorted()).Select(e => e.Line).ToList();

        Assert.Equal([3, 2], merged);
    }

    private static ObservationChunk Chunk(IEnumerable<ObservationRow> rows, ref int line, List<ObservationEntry> all)
    {
        var chunk = new ObservationChunk();
        foreach (var row in rows)
        {
            all.Add(new ObservationEntry(row, line));
            chunk.Add(line++, row);
        }
        return chunk;
    }
}
