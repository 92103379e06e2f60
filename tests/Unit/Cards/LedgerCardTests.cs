using CxReviewBot.Cards;
using CxReviewBot.Cards.Agenda;
using CxReviewBot.Cards.Decisions;

namespace CxReviewBot.UnitTests.Cards;

public sealed class LedgerCardTests
{
    [Fact]
    public void Mixed_MatchesGolden() => GoldenFile.Verify("ledger-mixed", LedgerCard.Build(LedgerSamples.View()));

    [Fact]
    public void DidNotMoveFilter_MatchesGolden() =>
        GoldenFile.Verify("ledger-did-not-move", LedgerCard.Build(LedgerSamples.View(new LedgerFilter { DidNotMove = true }, buttons: false)));

    [Fact]
    public void Empty_MatchesGolden() => GoldenFile.Verify("ledger-empty", LedgerCard.Build(new LedgerView("", "Decisions of your reviews")));

    [Fact]
    public void AllStates_PassLint()
    {
        Assert.Empty(CardLint.Check(LedgerCard.Build(LedgerSamples.View())));
        Assert.Empty(CardLint.Check(LedgerCard.Build(new LedgerView("", "Decisions of your reviews"))));
        Assert.Empty(CardLint.Check(LedgerCard.Build(LedgerSamples.Many(60, page: 3))));
    }

    [Fact]
    public void OverdueAndOutcome_AreInWords()
    {
        var runs = CardJson.OfType(LedgerCard.Build(LedgerSamples.View()), "TextRun").Select(r => (string)r["text"]!).ToList();

        Assert.Contains("Open, 3 days overdue", runs);
        Assert.Contains(MoveOutcomeText.Label(MoveOutcome.MovedWrongWay), runs);
        Assert.Contains("Did it move? Not judged yet", runs);
        Assert.Contains("Fix the **onboarding** checklist <b>now</b>", runs);
    }

    [Fact]
    public void EditAndCancel_OnlyOnOpenDecisions_AndOnlyWhenAnswered()
    {
        var withButtons = CardJson.OfType(LedgerCard.Build(LedgerSamples.View()), "Action.Execute")
            .Where(a => (string?)a["verb"] is CardVerbs.DecisionEdit or CardVerbs.DecisionCancel)
            .Select(a => ((string)a["verb"]!, (string)a["data"]![CardDataKeys.DecisionId]!, (string?)a["data"]![CardDataKeys.Version]))
            .ToList();
        var without = CardJson.OfType(LedgerCard.Build(LedgerSamples.View(buttons: false)), "Action.Execute")
            .Count(a => (string?)a["verb"] is CardVerbs.DecisionEdit or CardVerbs.DecisionCancel);

        Assert.Equal([(CardVerbs.DecisionEdit, "4", null), (CardVerbs.DecisionCancel, "4", "2"), (CardVerbs.DecisionEdit, "3", null), (CardVerbs.DecisionCancel, "3", null)], withButtons);
        Assert.Equal(0, without);
    }

    [Fact]
    public void LongLedger_PagesWithTheFilterVerb()
    {
        var card = LedgerCard.Build(LedgerSamples.Many(30, page: 2));

        var pages = CardJson.Of(card)["actions"]!.AsArray().Select(a => ((string)a!["title"]!, (string)a["verb"]!, (string)a["data"]![CardDataKeys.Page]!)).ToList();
        Assert.Equal([(LedgerCard.PreviousTitle, CardVerbs.DecisionsFilter, "1"), (LedgerCard.ShowMoreTitle, CardVerbs.DecisionsFilter, "3")], pages);
        Assert.Contains("showing 9\u201316 of 30", card.FallbackText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LedgerStatusFilter.All, null, null, false, new[] { "4", "3", "2", "1" })]
    [InlineData(LedgerStatusFilter.Open, null, null, false, new[] { "4", "3" })]
    [InlineData(LedgerStatusFilter.Overdue, null, null, false, new[] { "3" })]
    [InlineData(LedgerStatusFilter.Done, null, null, false, new[] { "2" })]
    [InlineData(LedgerStatusFilter.Cancelled, null, null, false, new[] { "1" })]
    [InlineData(LedgerStatusFilter.All, "Support chat", null, false, new[] { "4" })]
    [InlineData(LedgerStatusFilter.All, null, "Grace Hopper", false, new[] { "4", "2" })]
    [InlineData(LedgerStatusFilter.All, LedgerInputs.Any, LedgerInputs.Any, true, new[] { "3" })]
    public void Filter_KeepsMatchingEntries(LedgerStatusFilter status, string? touchpoint, string? owner, bool didNotMove, string[] expected)
    {
        var filter = new LedgerFilter { Status = status, Touchpoint = touchpoint, Owner = owner, DidNotMove = didNotMove };

        Assert.Equal(expected, filter.Apply(LedgerSamples.Mixed()).Select(e => e.DecisionId));
    }

    [Theory]
    [InlineData("overdue", LedgerStatusFilter.Overdue)]
    [InlineData(" Done ", LedgerStatusFilter.Done)]
    [InlineData("bogus", LedgerStatusFilter.All)]
    [InlineData(null, LedgerStatusFilter.All)]
    public void ParseStatus_ReadsWireValues(string? wire, LedgerStatusFilter expected) => Assert.Equal(expected, LedgerInputs.ParseStatus(wire));
}
