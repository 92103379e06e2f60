using System.Numerics;
using System.Text;
namespace CxReviewBot.Features.Catalog.Import;

/// <summary>
/// Names to ids, looked up by a field's UTF-8 bytes without decoding them to a string first (an open-addressing
/// table on an FNV-1a hash). Exact, case-sensitive matches, as the names' dictionaries are.
/// </summary>
internal sealed class Utf8NameTable
{
    private readonly byte[]?[] _names;
    private readonly long[] _ids;
    private readonly int _mask;

    public Utf8NameTable(IReadOnlyDictionary<string, long> names)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, names.Count * 2));
        _names = new byte[]?[size];
        _ids = new long[size];
        _mask = size - 1;
        foreach (var (name, id) in names)
        {
            var bytes = Encoding.UTF8.GetBytes(name);
            var slot = Slot(bytes);
            while (_names[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }
            _names[slot] = bytes;
            _ids[slot] = id;
        }
    }

    public bool TryGetValue(ReadOnlySpan<byte> name, out long id)
    {
        for (var slot = Slot(name); _names[slot] is { } candidate; slot = (slot + 1) & _mask)
        {
            if (name.SequenceEqual(candidate))
            {
                id = _ids[slot];
                return true;
            }
        }
        id = 0;
        return false;
    }

    private int Slot(ReadOnlySpan<byte> name)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in name)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }
        return (int)(hash ^ (hash >> 32)) & _mask;
    }
}
