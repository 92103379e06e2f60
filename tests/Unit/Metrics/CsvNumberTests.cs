using CxReviewBot.Metrics;
namespace CxReviewBot.UnitTests.Metrics;

public sealed class CsvNumberTests
{
    [Theory]
    [InlineData(1250.0, "1250")]
    [InlineData(1234567.5, "1234567.5")]
    [InlineData(-0.29999999999999982, "-0.3")]
    [InlineData(0.30000000000000004, "0.3")]
    [InlineData(83.78378378, "83.7838")]
    [InlineData(-0.00001, "0")]
    [InlineData(0.00005, "0.0001")]
    public void Number_IsInvariantWithAtMostFourDecimals(double value, string expected)
    {
        Assert.Equal(expected, CsvNumber.Format(value));
    }

    [Fact]
    public void Missing_IsEmpty()
    {
        Assert.Equal("", CsvNumber.Format((double?)null));
        Assert.Equal("", CsvNumber.Format((DateOnly?)null));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void Text_IsQuotedOnlyWhenNeeded(string text, string expected)
    {
        Assert.Equal(expected, CsvText.Escape(text));
    }
}
