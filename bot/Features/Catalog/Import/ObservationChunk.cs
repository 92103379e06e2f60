namespace CxReviewBot.Features.Catalog.Import;

/// <summary>A bounded batch of rows in file order, sorted into key order before it leaves memory.</summary>
internal sealed class ObservationChunk
{
    public const int Capacity = 65_536;
    private readonly ObservationEntry[] _entries = new ObservationEntry[Capacity];

    public int Count { get; private set; }
    public bool IsFull => Count == Capacity;

    public void Add(long line, ObservationRow row) => _entries[Count++] = new ObservationEntry(row, line);

    /// <summary>The rows sorted by key, then line; the chunk is empty again once they have been used.</summary>
    public ReadOnlyMemory<ObservationEntry> TakeSorted()
    {
        var entries = _entries.AsMemory(0, Count);
        entries.Span.Sort();
        Count = 0;
        return entries;
    }
}
