namespace CxReviewBot.Features.Catalog.Import;

/// <summary>
/// The rows repeating an earlier row's key, found in key order but reported in line order: only the
/// <c>max</c> lowest lines are kept, however many there are.
/// </summary>
internal sealed class ObservationDuplicates(int max)
{
    // A max-heap on the line: the highest kept line is dropped first when a lower one arrives.
    private readonly PriorityQueue<(long Line, long FirstLine), long> _lowest = new(Comparer<long>.Create(static (a, b) => b.CompareTo(a)));

    public long Count { get; private set; }

    public void Add(long line, long firstLine)
    {
        Count++;
        _lowest.Enqueue((line, firstLine), line);
        if (_lowest.Count > max)
        {
            _lowest.Dequeue();
        }
    }

    public IReadOnlyList<(long Line, long FirstLine)> InLineOrder() =>
        _lowest.UnorderedItems.Select(item => item.Element).OrderBy(pair => pair.Line).ToList();
}
