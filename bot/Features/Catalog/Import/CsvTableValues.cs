namespace CxReviewBot.Features.Catalog.Import;

/// <summary>Typed reads of a <see cref="CsvTable"/> row; a bad value records `line N: reason` and yields null.</summary>
internal static class CsvTableValues
{
    public static double? Number(this CsvTable table, string column, bool required)
    {
        var text = required ? table.RequiredText(column) : table.Text(column);
        if (text is null)
        {
            return null;
        }
        if (CsvValues.TryNumber(text, out var value))
        {
            return value;
        }
        table.Fail(CsvValues.TryAnyNumber(text, out _)
            ? $"'{column}' {CsvFieldRules.Echo(text)} is out of range; numbers must be within ±1e15"
            : $"'{column}' must be a number like 1234.5, not '{CsvFieldRules.Echo(text)}'");
        return null;
    }

    public static DateOnly? Date(this CsvTable table, string column, bool required)
    {
        var text = required ? table.RequiredText(column) : table.Text(column);
        if (text is null)
        {
            return null;
        }
        if (CsvValues.TryDate(text, out var value))
        {
            return value;
        }
        table.Fail($"'{column}' must be a date yyyy-MM-dd, not '{CsvFieldRules.Echo(text)}'");
        return null;
    }

    public static bool? Bool(this CsvTable table, string column)
    {
        var text = table.RequiredText(column);
        if (text is null)
        {
            return null;
        }
        if (CsvValues.TryBool(text, out var value))
        {
            return value;
        }
        table.Fail($"'{column}' must be true or false, not '{CsvFieldRules.Echo(text)}'");
        return null;
    }

    public static TEnum? Word<TEnum>(this CsvTable table, string column)
        where TEnum : struct, Enum
    {
        var text = table.RequiredText(column);
        if (text is null)
        {
            return null;
        }
        if (CsvValues.TryWord<TEnum>(text, out var value))
        {
            return value;
        }
        table.Fail($"'{column}' must be one of {CsvValues.Words<TEnum>()}, not '{CsvFieldRules.Echo(text)}'");
        return null;
    }
}
