using System.Text;
using CxReviewBot.Features.Catalog.Import;

namespace CxReviewBot.UnitTests.Catalog;

public sealed class ObservationValuesTests
{
    [Theory]
    [InlineData("4.25")]
    [InlineData("-0.5")]
    [InlineData("+2")]
    [InlineData("1e3")]
    [InlineData(".5")]
    [InlineData("1,250")]
    [InlineData("1 250")]
    [InlineData("four")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1e999")]
    [InlineData("0x10")]
    public void Number_AgreesWithTheTextRule(string text)
    {
        var fromText = CsvValues.TryNumber(text, out var expected);

        var fromBytes = ObservationValues.TryNumber(Encoding.ASCII.GetBytes(text), out var value);

        Assert.Equal((fromText, expected), (fromBytes, value));
    }

    [Theory]
    [InlineData("2026-11-22")]
    [InlineData("2024-02-29")]
    [InlineData("2026-02-29")]
    [InlineData("2026-13-01")]
    [InlineData("2026-1-01")]
    [InlineData("26-01-01")]
    [InlineData("2026/01/01")]
    [InlineData("2026-01-01T00:00")]
    [InlineData("")]
    public void Date_AgreesWithTheTextRule(string text)
    {
        var fromText = CsvValues.TryDate(text, out var expected);

        var fromBytes = ObservationValues.TryDate(Encoding.ASCII.GetBytes(text), out var value);

        Assert.Equal((fromText, expected), (fromBytes, value));
    }
}
