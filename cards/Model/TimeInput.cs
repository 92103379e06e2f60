namespace CxReviewBot.Cards.Model;

/// <summary>Input.Time; values are <c>HH:mm</c> strings (see <see cref="Format"/>).</summary>
public sealed record TimeInput : CardInput
{
    public string? Value { get; init; }

    public string? Placeholder { get; init; }

    public string? Min { get; init; }

    public string? Max { get; init; }

    /// <summary>Formats a time the way the schema expects (<c>HH:mm</c>, no seconds).</summary>
    public static string Format(TimeOnly time) => time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
