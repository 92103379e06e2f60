using System.Text;

namespace CxReviewBot.Features.Catalog.Import;

/// <summary>
/// Streaming RFC 4180 reader over raw bytes: BOM and CRLF accepted, quoted commas, doubled quotes and quoted
/// newlines supported, blank lines skipped. It splits on bytes (the delimiters are ASCII, which never occur inside
/// a multi-byte UTF-8 sequence) and decodes each field strictly, so invalid UTF-8 is reported with its line.
/// </summary>
internal sealed class CsvReader(Stream stream)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly byte[] _buffer = new byte[64 * 1024];
    private readonly List<string> _fields = [];
    private byte[] _field = new byte[256];
    private int _fieldLength;
    private int _position;
    private int _length;
    private long _line = 1;
    private bool _started;
    private bool _ended;

    /// <summary>The fields of the last record read.</summary>
    public IReadOnlyList<string> Fields => _fields;

    /// <summary>The physical line (from 1) on which the last record read starts.</summary>
    public long LineNumber { get; private set; }

    public async ValueTask<bool> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (!await ReadRecordAsync(cancellationToken))
            {
                return false;
            }
            if (_fields.Count > 1 || _fields[0].Length > 0)
            {
                return true;
            }
        }
    }

    private async ValueTask<bool> ReadRecordAsync(CancellationToken cancellationToken)
    {
        _fields.Clear();
        _fieldLength = 0;
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
        if (_fieldLength == _field.Length)
        {
            Array.Resize(ref _field, _field.Length * 2);
        }
        _field[_fieldLength++] = b;
    }

    private void EndField()
    {
        try
        {
            _fields.Add(StrictUtf8.GetString(_field, 0, _fieldLength));
        }
        catch (DecoderFallbackException)
        {
            throw new CsvFormatException(_line, "not valid UTF-8 (save the file as UTF-8)");
        }
        _fieldLength = 0;
    }
}
