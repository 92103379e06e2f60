using CxReviewBot.Cards;
using CxReviewBot.Cards.Model;

namespace CxReviewBot.UnitTests.Cards;

public sealed class CardSizeBudgetTests
{
    private static AdaptiveCard WithText(string text) => new() { Body = [new TextBlock { Text = text }] };

    [Fact]
    public void Limits_MatchTeams()
    {
        Assert.Equal(102_400, CardSizeBudget.HardLimitBytes);
        Assert.Equal(81_920, CardSizeBudget.TargetBytes);
    }

    [Fact]
    public void Measure_CountsTwoBytesPerCompactJsonChar()
    {
        var card = WithText("hello");

        Assert.Equal(CardSerializer.ToJson(card).Length * 2, CardSizeBudget.Measure(card));
    }

    [Fact]
    public void Measure_CountsEscapedCharactersAtTheirEscapedLength()
    {
        var plain = CardSizeBudget.Measure(WithText("a"));

        // The default encoder writes é as \u00E9: six characters, twelve UTF-16 bytes.
        Assert.Equal(plain + 10, CardSizeBudget.Measure(WithText("\u00E9")));
    }

    [Fact]
    public void Fits_FlipsAtTheTarget()
    {
        var overhead = CardSizeBudget.Measure(WithText(""));
        var atLimit = WithText(new string('x', (CardSizeBudget.TargetBytes - overhead) / 2));
        var overLimit = WithText(new string('x', ((CardSizeBudget.TargetBytes - overhead) / 2) + 1));

        Assert.True(CardSizeBudget.Fits(atLimit));
        Assert.Equal(0, CardSizeBudget.Remaining(atLimit));
        Assert.False(CardSizeBudget.Fits(overLimit));
        Assert.Equal(-2, CardSizeBudget.Remaining(overLimit));
    }
}
