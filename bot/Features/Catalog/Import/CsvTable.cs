namespace CxReviewBot.Features.Catalog.Import;

/// <summary>
/// A CSV file with a header: maps column names (any order) to fields, reports missing columns, warns about extra
/// ones, and turns field values into typed values or `line N: reason` errors.
/// </summary>
internal sealed class CsvTable
{
    private readonly CsvReader _reader;
    private readonly Dictionary<string, int> _columns;
    private readonly ImportErrors _errors;

    private CsvTable(CsvReader reader, Dictionary<string, int> columns, ImportErrors errors)
    {
        _reader = reader;
        _columns = columns;
        _errors = errors;
    }

    public long Line => _reader.LineNumber;

    private string WrongFieldCount => $"expected {_columns.Count} fields, found {_reader.FieldCount}";

    public static async Task<CsvTable?> OpenAsync(Stream csv, IReadOnlyList<string> required, IReadOnlyList<string> optional,
        ImportErrors errors, List<string> warnings, CancellationToken cancellationToken)
    {
        var reader = new CsvReader(csv);
        try
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                errors.Add(1, "the file is empty (expected a header row)");
                return null;
            }
        }
        catch (CsvFormatException e)
        {
            errors.Add(e.Line, e.Reason);
            return null;
        }
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < reader.Fields.Count; i++)
        {
            var name = reader.Fields[i].Trim();
            if (!columns.TryAdd(name, i))
            {
                errors.Add(1, $"column '{CsvFieldRules.Echo(name)}' appears twice");
            }
            else if (!required.Contains(name, StringComparer.OrdinalIgnoreCase) && !optional.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                warnings.Add($"line 1: column '{CsvFieldRules.Echo(name)}' is not used and was ignored");
            }
        }
        foreach (var missing in required.Where(r => !columns.ContainsKey(r)))
        {
            errors.Add(1, $"missing required column '{missing}'");
        }
        return errors.Any ? null : new CsvTable(reader, columns, errors);
    }

    /// <summary>Next data row with the header's field count; false at the end or when the file is unreadable.</summary>
    public async Task<bool> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!_errors.IsFull && await _reader.ReadAsync(cancellationToken))
            {
                if (_reader.FieldCount == _columns.Count)
                {
                    return true;
                }
                _errors.Add(Line, WrongFieldCount);
            }
        }
        catch (CsvFormatException e)
        {
            _errors.Add(e.Line, e.Reason);
        }
        return false;
    }

    /// <summary>
    /// The next data row when a plain one is already buffered, for a bulk loop that should not await per row;
    /// false means "ask <see cref="ReadAsync"/>". Rows with the wrong field count are reported as ReadAsync does.
    /// </summary>
    public bool TryReadBuffered()
    {
        while (!_errors.IsFull && _reader.TryReadBuffered())
        {
            if (_reader.FieldCount == _columns.Count)
            {
                return true;
            }
            _errors.Add(Line, WrongFieldCount);
        }
        return false;
    }

    /// <summary>The position of a column the header is known to have.</summary>
    public int Column(string column) => _columns[column];

    /// <summary>The raw, untrimmed UTF-8 bytes of a field of the current row.</summary>
    public ReadOnlySpan<byte> Utf8(int column) => _reader.Field(column);

    /// <summary>
    /// The trimmed value, or null when the column is absent or the value empty, or when it breaks
    /// <see cref="CsvFieldRules"/> (then the row's error is recorded).
    /// </summary>
    public string? Text(string column) => Read(column, out _);

    public string? RequiredText(string column)
    {
        var value = Read(column, out var refused);
        if (value is null && !refused)
        {
            _errors.Add(Line, $"'{column}' is required");
        }
        return value;
    }

    private string? Read(string column, out bool refused)
    {
        refused = false;
        if (!_columns.TryGetValue(column, out var index))
        {
            return null;
        }
        var value = _reader.Fields[index].Trim();
        if (value.Length == 0)
        {
            return null;
        }
        if (CsvFieldRules.Problem(column, value) is { } problem)
        {
            refused = true;
            _errors.Add(Line, problem);
            return null;
        }
        return value;
    }

    public void Fail(string reason) => _errors.Add(Line, reason);
}
