using System.Text;
using CxReviewBot.Metrics;

namespace CxReviewBot.Features.Catalog.Demo;

/// <summary>Builds one import file of the demo set, in the exact format users import (LF line ends, quoted as needed).</summary>
internal sealed class DemoCsv(string header)
{
    private readonly StringBuilder _text = new(header + "\n");

    public DemoCsv Row(params object?[] cells)
    {
        _text.Append(string.Join(',', cells.Select(Cell))).Append('\n');
        return this;
    }

    public override string ToString() => _text.ToString();

    private static string Cell(object? cell) => cell switch
    {
        null => "",
        double d => CsvNumber.Format(d),
        int i => CsvNumber.Format(i),
        bool b => b ? "true" : "false",
        DateOnly date => CsvNumber.Format(date),
        _ => CsvText.Escape(cell.ToString()),
    };
}
