using System.Text;
using CxReviewBot.Features.Catalog.Import;
using CxReviewBot.Metrics;
namespace CxReviewBot.UnitTests.Metrics;

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
    [InlineData("-0")]
    [InlineData("5.")]
    [InlineData(".")]
    [InlineData("-")]
    [InlineData("1..2")]
    [InlineData("1.2.3")]
    [InlineData("-.5")]
    [InlineData("0.1")]
    [InlineData("0.3")]
    [InlineData("123456789012345")]
    [InlineData("1234567890123456")]
    [InlineData("12345678901234567890")]
    [InlineData("0.000000000000001")]
    [InlineData("0.0000000000000001")]
    [InlineData("99999999.9999999")]
    [InlineData("--1")]
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
    [InlineData("2026-00-10")]
    [InlineData("2026-04-31")]
    [InlineData("2026-04-00")]
    [InlineData("0000-01-01")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2026-11-2a")]
    [InlineData("2026+11-22")]
    [InlineData("２026-11-22")]
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
