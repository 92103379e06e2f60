using System.Text.RegularExpressions;
using CxReviewBot.Cards;
using CxReviewBot.Cards.Agenda;
using CxReviewBot.Cards.Metrics;

namespace CxReviewBot.UnitTests.Cards;

public sealed partial class AgendaPagingTests
{
    [Fact]
    public void FirstPage_ShowsPageSizeAndOffersMore()
    {
        var card = AgendaCard.Build(AgendaSamples.Many(50));

        Assert.Equal(AgendaView.DefaultPageSize, AgendaJson.Touchpoints(card).Count);
        Assert.Equal("12 need a decision, 13 off target, 13 without data, 12 on track \u2014 showing 1\u201310 of 50, worst first.", AgendaJson.Summary(card));
        Assert.Equal([(AgendaCard.ShowMoreTitle, "2")], AgendaJson.PageButtons(card));
    }

    [Fact]
    public void MiddlePage_OffersPreviousAndMore()
    {
        var card = AgendaCard.Build(AgendaSamples.Many(50, page: 3));

        Assert.Contains("showing 21\u201330 of 50", AgendaJson.Summary(card), StringComparison.Ordinal);
        Assert.Equal([(AgendaCard.PreviousTitle, "2"), (AgendaCard.ShowMoreTitle, "4")], AgendaJson.PageButtons(card));
        Assert.DoesNotContain("Escalations awaiting decision", AgendaJson.Texts(card));
    }

    [Fact]
    public void PastTheEnd_GivesLastPage()
    {
        var card = AgendaCard.Build(AgendaSamples.Many(12, page: 9) with { PageSize = 5 });

        Assert.Contains("showing 11\u201312 of 12", AgendaJson.Summary(card), StringComparison.Ordinal);
        Assert.Equal([(AgendaCard.PreviousTitle, "2")], AgendaJson.PageButtons(card));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Pages_ShowEveryTouchpointOnceInOrder(bool worstCase)
    {
        var view = worstCase ? AgendaSamples.WorstCase() : AgendaSamples.Many(50);
        var expected = view.Touchpoints.OrderBy(t => t.WorstStatus).ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase).Select(t => t.Name);

        var seen = new List<string>();
        for (var page = 1; seen.Count < view.Touchpoints.Count && page <= 50; page++)
        {
            var card = AgendaCard.Build(view with { Page = page });
            Assert.True(CardSizeBudget.Fits(card), $"page {page}");
            seen.AddRange(AgendaJson.Touchpoints(card));
        }

        Assert.Equal(expected, seen);
    }

    [Fact]
    public void WorstCase_StaysInBudgetAndSaysHowManyAreShown()
    {
        var card = AgendaCard.Build(AgendaSamples.WorstCase());

        Assert.Empty(CardLint.Check(card));
        var shown = AgendaJson.Touchpoints(card).Count;
        Assert.InRange(shown, 1, AgendaView.DefaultPageSize - 1);
        var summary = AgendaJson.Summary(card);
        Assert.Matches(Showing(), summary);
        Assert.Contains($"showing 1\u2013{shown} of 50", summary, StringComparison.Ordinal);
        Assert.Contains("fewer touchpoints and less detail to stay within Teams' message size limit", summary, StringComparison.Ordinal);
        Assert.Contains(summary, card.FallbackText, StringComparison.Ordinal);
    }

    [Fact]
    public void BigPage_IsShortenedAtFullDetailAndSaysSo()
    {
        var card = AgendaCard.Build(AgendaSamples.Many(50) with { PageSize = AgendaView.MaxPageSize });

        var shown = AgendaJson.Touchpoints(card).Count;
        Assert.InRange(shown, 2, AgendaView.MaxPageSize - 1);
        Assert.True(CardSizeBudget.Fits(card));
        Assert.EndsWith($"showing 1\u2013{shown} of 50, worst first. This page holds fewer touchpoints to stay within Teams' message size limit; the rest follow on the next pages.", AgendaJson.Summary(card), StringComparison.Ordinal);
        Assert.Equal([(AgendaCard.ShowMoreTitle, "2")], AgendaJson.PageButtons(card));
        Assert.Contains(CardJson.OfType(card, "TextBlock"), t => ((string)t["text"]!).StartsWith("Trend ", StringComparison.Ordinal));
    }

    [Fact]
    public void PageSize_IsCappedAndAtLeastOne()
    {
        var light = AgendaSamples.Empty() with { Touchpoints = [.. Enumerable.Range(1, 50).Select(i => new TouchpointSummary($"T{i}", "Sales"))] };

        Assert.Equal(AgendaView.MaxPageSize, AgendaJson.Touchpoints(AgendaCard.Build(light with { PageSize = 500 })).Count);
        Assert.Single(AgendaJson.Touchpoints(AgendaCard.Build(light with { PageSize = 0 })));
    }

    [Fact]
    public void Refresh_CarriesReviewAndPage()
    {
        var refresh = CardJson.Of(AgendaCard.Build(AgendaSamples.Many(30, page: 2)))["refresh"]!;

        Assert.Equal("Action.Execute", (string?)refresh["action"]!["type"]);
        Assert.Equal(CardVerbs.AgendaRefresh, (string?)refresh["action"]!["verb"]);
        Assert.Equal("""{"reviewId":"rev-1","page":"2"}""", refresh["action"]!["data"]!.ToJsonString());
        Assert.Null(refresh["userIds"]);
    }

    [Fact]
    public void Refresh_ListsAtMost60Users()
    {
        var users = Enumerable.Range(1, 75).Select(i => $"29:user-{i}").ToList();

        var card = AgendaCard.Build(AgendaSamples.Empty() with { RefreshUserIds = users });

        Assert.Equal(users.Take(60), card.Refresh!.UserIds!);
        Assert.Empty(CardLint.Check(card));
    }

    [Fact]
    public void Summary_CountsSingularAndSkipsZeroes()
    {
        var view = AgendaSamples.Empty() with { Touchpoints = [AgendaSamples.Touchpoint("Billing", MetricStatus.DecisionNeeded), AgendaSamples.Touchpoint("Chat", MetricStatus.OnTrack)] };

        Assert.Equal("1 needs a decision, 1 on track \u2014 showing all 2, worst first.", AgendaJson.Summary(AgendaCard.Build(view)));
    }

    [GeneratedRegex("showing 1\u2013[1-9] of 50")]
    private static partial Regex Showing();
}
