using System.Runtime.InteropServices;
using CxReviewBot.Metrics;

namespace CxReviewBot.Features.Catalog.Import;

/// <summary>
/// One row as the import's sort and merge see it: the key (metric, touchpoint, period) packed into one 128-bit
/// integer in the order of the observations table, so ordering rows is comparing integers, then lines.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly struct ObservationEntry : IComparable<ObservationEntry>, IEquatable<ObservationEntry>
{
    private const int IdBits = 53;
    private const int DayBits = 22;
    private const long MaxId = (1L << IdBits) - 1;

    private readonly UInt128 _key;
    private readonly double _value;
    private readonly int _line;

    public ObservationEntry(ObservationRow row, long line)
    {
        if (row.MetricId is < 0 or > MaxId || row.TouchpointId is < 0 or > MaxId)
        {
            throw new InvalidOperationException($"Metric and touchpoint ids must be below 2^{IdBits} (metric {row.MetricId}, touchpoint {row.TouchpointId}).");
        }
        _key = ((UInt128)(ulong)row.MetricId << (IdBits + DayBits)) | ((UInt128)(ulong)row.TouchpointId << DayBits) | (uint)row.PeriodEnd.DayNumber;
        _value = row.Value;
        _line = checked((int)line);
    }

    public long Line => _line;

    public ObservationRow Row => new(
        TouchpointId: (long)(ulong)((_key >> DayBits) & MaxId),
        MetricId: (long)(ulong)(_key >> (IdBits + DayBits)),
        PeriodEnd: DateOnly.FromDayNumber((int)(uint)(_key & ((1u << DayBits) - 1))),
        Value: _value);

    public bool SameKey(ObservationEntry other) => _key == other._key;

    public int CompareTo(ObservationEntry other)
    {
        var order = _key.CompareTo(other._key);
        return order != 0 ? order : _line.CompareTo(other._line);
    }

    public bool Equals(ObservationEntry other) => CompareTo(other) == 0;

    public override bool Equals(object? obj) => obj is ObservationEntry other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(_key, _line);

    public static bool operator ==(ObservationEntry left, ObservationEntry right) => left.Equals(right);

    public static bool operator !=(ObservationEntry left, ObservationEntry right) => !left.Equals(right);

    public static bool operator <(ObservationEntry left, ObservationEntry right) => left.CompareTo(right) < 0;

    public static bool operator >(ObservationEntry left, ObservationEntry right) => left.CompareTo(right) > 0;

    public static bool operator <=(ObservationEntry left, ObservationEntry right) => left.CompareTo(right) <= 0;

    public static bool operator >=(ObservationEntry left, ObservationEntry right) => left.CompareTo(right) >= 0;
}
