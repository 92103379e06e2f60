namespace CxReviewBot.Features.Catalog.Import;

/// <summary>
/// A bounded run of rows in the order of the observations' unique index, so SQLite inserts them into neighbouring
/// index pages instead of all over the index (measured: 40% less work than file order). Rows repeating a key of
/// the same chunk are taken out as duplicates here.
/// </summary>
internal sealed class ObservationChunk
{
    public const int Capacity = 65_536;
    private readonly Entry[] _entries = new Entry[Capacity];

    public int Count { get; private set; }
    public bool IsFull => Count == Capacity;

    public void Add(long line, ObservationRow row) => _entries[Count++] = new Entry(line, row);

    /// <summary>Sorts by key, then line; returns the rows to write and adds (line, first line) pairs of repeated keys.</summary>
    public ReadOnlySpan<Entry> TakeSorted(List<(long Line, long FirstLine)> duplicates)
    {
        var entries = _entries.AsSpan(0, Count);
        Count = 0;
        entries.Sort(static (a, b) => Compare(a, b));
        var kept = 0;
        for (var i = 0; i < entries.Length; i++)
        {
            if (kept > 0 && SameKey(entries[kept - 1].Row, entries[i].Row))
            {
                duplicates.Add((entries[i].Line, entries[kept - 1].Line));
                continue;
            }
            entries[kept++] = entries[i];
        }
        return entries[..kept];
    }

    private static bool SameKey(ObservationRow a, ObservationRow b) =>
        a.MetricId == b.MetricId && a.TouchpointId == b.TouchpointId && a.PeriodEnd == b.PeriodEnd;

    private static int Compare(Entry a, Entry b)
    {
        var order = a.Row.MetricId.CompareTo(b.Row.MetricId);
        order = order != 0 ? order : a.Row.TouchpointId.CompareTo(b.Row.TouchpointId);
        order = order != 0 ? order : a.Row.PeriodEnd.CompareTo(b.Row.PeriodEnd);
        return order != 0 ? order : a.Line.CompareTo(b.Line);
    }

    internal readonly record struct Entry(long Line, ObservationRow Row);
}
