using CxReviewBot.Cards;

namespace CxReviewBot.UnitTests.Cards;

public sealed class CardTextTests
{
    [Theory]
    [InlineData("  hi\r\n\tthere  ", "hi there")]
    [InlineData("a\u0000b", "a b")]
    [InlineData("", "")]
    [InlineData("exactly10!", "exactly10!")]
    [InlineData("elevenchars", "elevencha…")]
    public void Snippet_CollapsesAndCuts(string input, string expected)
    {
        Assert.Equal(expected, CardText.Snippet(input, 10));
    }

    [Fact]
    public void Snippet_NeverSplitsSurrogatePair()
    {
        var result = CardText.Snippet("abc\U0001F600def", 5);

        Assert.Equal("abc…", result);
    }

    [Theory]
    [InlineData("**bold**", @"\*\*bold\*\*")]
    [InlineData("[a](http://x)", @"\[a\](http://x)")]
    [InlineData("<b>&amp;", @"\<b\>\&amp;")]
    [InlineData("snake_case `code` ~x~", @"snake\_case \`code\` \~x\~")]
    [InlineData("# title", @"\# title")]
    [InlineData("- item\n  + sub", "\\- item\n  \\+ sub")]
    [InlineData("12. twelve", @"12\. twelve")]
    [InlineData("3) three", @"3\) three")]
    [InlineData("a - b 1. c #2", "a - b 1. c #2")]
    [InlineData(@"back\slash", @"back\\slash")]
    public void EscapeMarkdown_EscapesWhatTeamsInterprets(string input, string expected) =>
        Assert.Equal(expected, CardText.EscapeMarkdown(input));
}
