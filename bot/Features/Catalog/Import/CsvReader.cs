using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;
namespace CxReviewBot.Features.Catalog.Import;

/// <summary>
/// Streaming RFC 4180 reader over raw bytes: BOM and CRLF accepted, quoted commas, doubled quotes and quoted
/// newlines supported, blank lines skipped. It splits on bytes (the delimiters are ASCII, which never occur inside
/// a multi-byte UTF-8 sequence) and validates each field strictly, so invalid UTF-8 is reported with its line.
/// Fields stay bytes until <see cref="Fields"/> is read: the bulk import parses them without allocating.
/// </summary>
internal sealed class CsvReader(Stream stream)
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private readonly List<string> _fields = [];
    private byte[] _record = new byte[256];
    private int[] _starts = new int[16];
    private int[] _ends = new int[16];
    private int _fieldCount;
    private int _recordLength;
    private bool _decoded;
    private int _position;
    private int _length;
    private long _line = 1;
    private bool _started;
    private bool _ended;

    /// <summary>The fields of the last record read.</summary>
    public IReadOnlyList<string> Fields
    {
        get
        {
            if (!_decoded)
            {
                _decoded = true;
                _fields.Clear();
                for (var i = 0; i < _fieldCount; i++)
                {
                    _fields.Add(Encoding.UTF8.GetString(Field(i)));
                }
            }
            return _fields;
        }
    }

    public int FieldCount => _fieldCount;

    /// <summary>The raw UTF-8 bytes (already validated) of field <paramref name="index"/> of the last record.</summary>
    public ReadOnlySpan<byte> Field(int index)
    {
        return _record.AsSpan(_starts[index], _ends[index] - _starts[index]);
    }

    /// <summary>The physical line (from 1) on which the last record read starts.</summary>
    public long LineNumber { get; private set; }

    public ValueTask<bool> ReadAsync(CancellationToken cancellationToken) =>
        TryReadBuffered() ? ValueTask.FromResult(true) : ReadRecordsAsync(cancellationToken);

    /// <summary>
    /// The next record without waiting, when a plain one is already in the buffer; false means "ask
    /// <see cref="ReadAsync"/>" (more bytes are needed, or the line needs the general reader).
    /// </summary>
    public bool TryReadBuffered()
    {
        while (TryReadPlainLine())
        {
            if (_fieldCount > 1 || _ends[0] > _starts[0])
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The common case without the byte-by-byte state machine: a whole line already in the buffer, no quotes, no
    /// carriage return but the one before the newline, valid UTF-8. Anything else is left to the general reader.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryReadPlainLine()
    {
        var rest = _buffer.AsSpan(_position, _length - _position);
        var end = rest.IndexOf((byte)'\n');
        if (end < 0)
        {
            return false;
        }
        var line = rest[..end];
        if (line.Length > 0 && line[^1] == (byte)'\r')
        {
            line = line[..^1];
        }
        if (line.IndexOfAny((byte)'"', (byte)'\r') >= 0 || !Utf8.IsValid(line))
        {
            return false;
        }
        if (line.Length > _record.Length)
        {
            _record = new byte[Math.Max(line.Length, _record.Length * 2)];
        }
        line.CopyTo(_record);
        _recordLength = line.Length;
        _fieldCount = 0;
        _decoded = false;
        var start = 0;
        while (true)
        {
            var comma = line[start..].IndexOf((byte)',');
            AddField(start, comma < 0 ? line.Length : start + comma);
            if (comma < 0)
            {
                break;
            }
            start += comma + 1;
        }
        _position += end + 1;
        LineNumber = _line++;
        return true;
    }

    private async ValueTask<bool> ReadRecordsAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (!await ReadRecordAsync(cancellationToken))
            {
                return false;
            }
            if (_fieldCount > 1 || _ends[0] > _starts[0])
            {
                return true;
            }
        }
    }

    private async ValueTask<bool> ReadRecordAsync(CancellationToken cancellationToken)
    {
        _fieldCount = 0;
        _recordLength = 0;
        _decoded = false;
        LineNumber = _line;
        var quoted = false;
        var afterQuote = false;
        var atFieldStart = true;
        var anyByte = false;
        while (true)
        {
            if (_position == _length && !await FillAsync(cancellationToken))
            {
                if (quoted)
                {
                    throw new CsvFormatException(LineNumber, "unterminated quoted field");
                }
                if (!anyByte)
                {
                    return false;
                }
                EndField();
                return true;
            }
            var b = _buffer[_position++];
            anyByte = true;
            if (quoted)
            {
                if (b == (byte)'"')
                {
                    quoted = false;
                    afterQuote = true;
                }
                else
                {
                    if (b == (byte)'\n')
                    {
                        _line++;
                    }
                    Append(b);
                }
                continue;
            }
            switch (b)
            {
                case (byte)'"' when afterQuote:
                    Append(b);
                    quoted = true;
                    afterQuote = false;
                    break;
                case (byte)'"' when atFieldStart:
                    quoted = true;
                    atFieldStart = false;
                    break;
                case (byte)'"':
                    throw new CsvFormatException(_line, "a quote inside an unquoted field (quote the whole field and double the quote)");
                case (byte)',':
                    EndField();
                    atFieldStart = true;
                    afterQuote = false;
                    break;
                case (byte)'\r':
                    break;
                case (byte)'\n':
                    EndField();
                    _line++;
                    return true;
                default:
                    if (afterQuote)
                    {
                        throw new CsvFormatException(_line, "unexpected text after a closing quote");
                    }
                    Append(b);
                    atFieldStart = false;
                    break;
            }
        }
    }

    private async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (_ended)
        {
            return false;
        }
        _length = await stream.ReadAsync(_buffer, cancellationToken);
        _position = 0;
        if (!_started)
        {
            _started = true;
            if (_length >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
            {
                _position = 3;
            }
        }
        _ended = _length == 0;
        return !_ended && (_position < _length || await FillAsync(cancellationToken));
    }

    private void Append(byte b)
    {
        if (_recordLength == _record.Length)
        {
            Array.Resize(ref _record, _record.Length * 2);
        }
        _record[_recordLength++] = b;
    }

    private void EndField()
    {
        var start = _fieldCount == 0 ? 0 : _ends[_fieldCount - 1];
        if (!Utf8.IsValid(_record.AsSpan(start, _recordLength - start)))
        {
            throw new CsvFormatException(_line, "not valid UTF-8 (save the file as UTF-8)");
        }
        AddField(start, _recordLength);
    }

    private void AddField(int start, int end)
    {
        if (_fieldCount == _ends.Length)
        {
            Array.Resize(ref _starts, _fieldCount * 2);
            Array.Resize(ref _ends, _fieldCount * 2);
        }
        _starts[_fieldCount] = start;
        _ends[_fieldCount++] = end;
    }
}
