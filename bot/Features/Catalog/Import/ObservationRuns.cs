using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace CxReviewBot.Features.Catalog.Import;

/// <summary>
/// An external merge sort: sorted chunks are kept as runs in a temporary file (deleted when closed), then merged
/// into one stream in key order, so memory stays flat however long the import file. In key order SQLite appends to
/// the table instead of splitting pages all over it (measured: half the cost), and rows sharing a key are neighbours.
/// </summary>
internal sealed class ObservationRuns : IDisposable
{
    private const int ReadBlock = 2_048;
    private readonly List<(long Offset, int Count)> _runs = [];
    private FileStream? _file;
    private long _length;

    public int Count => _runs.Count;

    public void Add(ReadOnlySpan<ObservationEntry> sorted)
    {
        _file ??= new FileStream(Path.Combine(Path.GetTempPath(), $"cxreview-import-{Guid.NewGuid():N}.runs"), FileMode.CreateNew,
            FileAccess.ReadWrite, FileShare.None, bufferSize: 0, FileOptions.DeleteOnClose);
        var bytes = MemoryMarshal.AsBytes(sorted);
        RandomAccess.Write(_file.SafeFileHandle, bytes, _length);
        _runs.Add((_length, sorted.Length));
        _length += bytes.Length;
    }

    /// <summary>Every run and then <paramref name="last"/> (a sorted chunk still in memory), merged in key order.</summary>
    public IEnumerable<ObservationEntry> Merge(ReadOnlyMemory<ObservationEntry> last)
    {
        var cursors = _runs.Select(run => new Cursor(_file!.SafeFileHandle, run.Offset, run.Count)).Append(new Cursor(last)).ToList();
        var queue = new PriorityQueue<Cursor, ObservationEntry>(cursors.Count);
        foreach (var cursor in cursors.Where(c => c.MoveNext()))
        {
            queue.Enqueue(cursor, cursor.Current);
        }
        while (queue.TryPeek(out var cursor, out var entry))
        {
            yield return entry;
            if (cursor.MoveNext())
            {
                queue.DequeueEnqueue(cursor, cursor.Current);
            }
            else
            {
                queue.Dequeue();
            }
        }
    }

    public void Dispose() => _file?.Dispose();

    /// <summary>Reads one run a block at a time.</summary>
    private sealed class Cursor
    {
        private readonly SafeFileHandle? _file;
        private readonly ObservationEntry[] _block;
        private readonly ReadOnlyMemory<ObservationEntry> _memory;
        private long _offset;
        private int _left;
        private int _position;
        private int _filled;

        public Cursor(SafeFileHandle file, long offset, int count)
        {
            _file = file;
            _offset = offset;
            _left = count;
            _block = new ObservationEntry[Math.Min(ReadBlock, count)];
        }

        public Cursor(ReadOnlyMemory<ObservationEntry> memory)
        {
            _memory = memory;
            _block = [];
            _left = memory.Length;
        }

        public ObservationEntry Current { get; private set; }

        public bool MoveNext()
        {
            if (_file is null)
            {
                if (_position == _memory.Length)
                {
                    return false;
                }
                Current = _memory.Span[_position++];
                return true;
            }
            if (_position == _filled)
            {
                if (_left == 0)
                {
                    return false;
                }
                _filled = Math.Min(_left, _block.Length);
                var bytes = MemoryMarshal.AsBytes(_block.AsSpan(0, _filled));
                RandomAccess.Read(_file, bytes, _offset);
                _offset += bytes.Length;
                _left -= _filled;
                _position = 0;
            }
            Current = _block[_position++];
            return true;
        }
    }
}
