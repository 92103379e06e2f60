using CxReviewBot.Cards;
using CxReviewBot.Cards.Decisions;

namespace CxReviewBot.UnitTests.Cards;

public sealed class MinutesCardTests
{
    private static MinutesView Full() => new("Weekly business review", "Meeting of Mon 23 Nov 2026 09:00\u201310:00 (Europe/Berlin)")
    {
        Decisions = [.. LedgerSamples.Mixed().Take(2)],
        Deferred = [new MinutesDeferred("Checkout", "Open a fix sprint"), new MinutesDeferred("Billing", null)],
        CanListDecisions = true,
    };

    [Fact]
    public void Full_MatchesGolden() => GoldenFile.Verify("minutes-full", MinutesCard.Build(Full()));

    [Fact]
    public void Nothing_MatchesGolden() => GoldenFile.Verify("minutes-empty", MinutesCard.Build(new MinutesView("WBR", "Meeting of Mon 23 Nov 2026 09:00\u201310:00 (UTC)")));

    [Fact]
    public void AllStates_PassLint()
    {
        Assert.Empty(CardLint.Check(MinutesCard.Build(Full())));
        Assert.Empty(CardLint.Check(MinutesCard.Build(new MinutesView("WBR", "x"))));
    }

    [Fact]
    public void EmptySections_AreLeftOut_ButNoDecisionsIsSaid()
    {
        var texts = CardJson.OfType(MinutesCard.Build(new MinutesView("WBR", "x")), "TextBlock").Select(t => (string)t["text"]!).ToList();

        Assert.Contains("No decisions were recorded in this meeting.", texts);
        Assert.DoesNotContain("Escalations resolved", texts);
        Assert.DoesNotContain("Deferred", texts);
    }

    [Fact]
    public void Decisions_ShowOwnersAndDates_WithoutButtons()
    {
        var card = MinutesCard.Build(Full());

        var runs = CardJson.OfType(card, "TextRun").Select(r => (string)r["text"]!).ToList();
        Assert.Contains("Grace Hopper \u00B7 due 2026-11-30 \u00B7 ", runs);
        Assert.Contains("Checkout", runs);
        Assert.Contains(" \u2014 suggested: Open a fix sprint", runs);
        Assert.DoesNotContain(CardJson.OfType(card, "Action.Execute"), a => (string?)a["verb"] == CardVerbs.DecisionEdit);
    }
}
