using CxReviewBot.Features.Catalog.Import;
using CxReviewBot.Metrics;

namespace CxReviewBot.UnitTests.Catalog;

public sealed class CsvTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+44 support line", "'+44 support line")]
    [InlineData("-5 churn", "'-5 churn")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "\"'\rcmd\"")]
    [InlineData("Onboarding", "Onboarding")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void TextCell_ThatASpreadsheetWouldRun_GetsALeadingQuote(string text, string expected)
    {
        Assert.Equal(expected, CsvText.Escape(text));
    }

    [Fact]
    public void Numbers_StayNumbers()
    {
        Assert.Equal("-0.3", CsvNumber.Format(-0.3));
        Assert.Equal("-1250", CsvNumber.Format(-1250.0));
    }

    [Fact]
    public void NonFiniteNumber_PrintsEmptyNotInfinity()
    {
        Assert.Equal("", CsvNumber.Format(double.PositiveInfinity));
        Assert.Equal("", CsvNumber.Format(double.NaN));
    }

    [Theory]
    [InlineData("touchpoint", "Web\0chat", "U+0000")]
    [InlineData("touchpoint", "Web\tchat", "U+0009")]
    [InlineData("account_id", "A-\u001b[31m", "U+001B")]
    [InlineData("comment", "bad\0", "U+0000")]
    public void ControlCharacters_AreRefusedInNamesAndIds(string column, string value, string named)
    {
        Assert.Contains(named, CsvFieldRules.Problem(column, value), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("comment", "slow\tand\r\nrude")]
    [InlineData("description", "First line\nsecond")]
    [InlineData("touchpoint", "Support chat")]
    public void TabAndLineBreaks_AreAllowedInFreeTextOnly(string column, string value)
    {
        Assert.Null(CsvFieldRules.Problem(column, value));
    }

    [Fact]
    public void Echo_TruncatesAt80WithAnEllipsisAndHidesControlCharacters()
    {
        var echoed = CsvFieldRules.Echo(new string('x', 50_000) + "\0");

        Assert.Equal(new string('x', 80) + "…", echoed);
        Assert.Equal("a?b", CsvFieldRules.Echo("a\0b"));
    }
}
