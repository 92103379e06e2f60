using CxReviewBot.Cards;
using CxReviewBot.Cards.Metrics;
using CxReviewBot.Cards.Owners;

namespace CxReviewBot.UnitTests.Cards;

public sealed class OwnersCardTests
{
    private static readonly MetricLine Csat = new("CSAT", MetricKind.Experience, MetricUnit.Score) { Value = 4.4, Status = MetricStatus.OnTrack };

    private static OwnersView WithUnowned() => new()
    {
        ReviewId = "rev-1",
        ReviewName = "Weekly business review",
        Rows =
        [
            new OwnerRow("Renewal call", "Success") { OwnerName = "Grace Hopper", OwnerUpn = "grace@contoso.com", HeadlineMetric = Csat },
            new OwnerRow("Support chat", "Support") { HeadlineMetric = Csat with { Name = "NPS", Value = 12, Status = MetricStatus.DecisionNeeded } },
            new OwnerRow("Billing", "Finance") { OwnerName = "Alan Turing", OwnerUpn = "alan@contoso.com" },
            new OwnerRow("Onboarding", "Success") { OwnerUpn = "ada@contoso.com", HeadlineMetric = Csat with { Value = null, Status = MetricStatus.NoData } },
            new OwnerRow("Checkout", "Product"),
        ],
    };

    private static OwnersView Many(int count, int page = 1) => new()
    {
        Rows = [.. Enumerable.Range(1, count).Select(i => new OwnerRow($"Touchpoint {i:00}", "Sales") { OwnerName = i % 9 == 0 ? null : "Ada Lovelace", OwnerUpn = i % 9 == 0 ? null : "ada@contoso.com", HeadlineMetric = Csat })],
        Page = page,
    };

    [Fact]
    public void WithUnowned_MatchesGolden() => GoldenFile.Verify("owners-unowned", OwnersCard.Build(WithUnowned()));

    [Fact]
    public void Empty_MatchesGolden() => GoldenFile.Verify("owners-empty", OwnersCard.Build(new OwnersView()));

    [Fact]
    public void AllStates_PassLint()
    {
        Assert.Empty(CardLint.Check(OwnersCard.Build(WithUnowned())));
        Assert.Empty(CardLint.Check(OwnersCard.Build(new OwnersView())));
        Assert.Empty(CardLint.Check(OwnersCard.Build(Many(100, page: 2))));
    }

    [Fact]
    public void Unowned_AreFirstAndFlagged()
    {
        var card = OwnersCard.Build(WithUnowned());

        var names = CardJson.OfType(card, "ColumnSet").Select(c => (string)c["columns"]![0]!["items"]![0]!["text"]!).ToList();
        Assert.Equal(["**Checkout**", "**Support chat**", "**Billing**", "**Onboarding**", "**Renewal call**"], names);
        var flags = CardJson.OfType(card, "TextBlock").Where(t => (string?)t["text"] == OwnersCard.NoOwnerMarker).ToList();
        Assert.Equal(2, flags.Count);
        Assert.All(flags, f => Assert.Equal("attention", (string?)f["color"]));
        Assert.Contains("\u26A0 2 touchpoints have no owner \u2014 showing all 5, unowned first.", AgendaJson.Texts(card));
    }

    [Fact]
    public void Owner_ShowsNameAndUpnAsPlainText()
    {
        var runs = CardJson.OfType(OwnersCard.Build(WithUnowned()), "TextRun").Select(r => (string)r["text"]!).ToList();

        Assert.Contains("Grace Hopper", runs);
        Assert.Contains("grace@contoso.com", runs);
        Assert.Contains("ada@contoso.com", runs);
    }

    [Fact]
    public void HeadlineMetric_ShowsValueAndStatusWords()
    {
        var texts = AgendaJson.Texts(OwnersCard.Build(WithUnowned()));

        Assert.Contains("NPS **12.0**", texts);
        Assert.Contains("\u26A0 Decision needed", texts);
        Assert.Contains("CSAT **no data**", texts);
        Assert.Contains("No experience metric", texts);
    }

    [Fact]
    public void ManyRows_ArePagedAtFortyWithButtons()
    {
        var first = OwnersCard.Build(Many(100));
        var second = OwnersCard.Build(Many(100, page: 2));

        Assert.Equal(1 + OwnersView.MaxPageSize, CardJson.OfType(first, "ColumnSet").Count() + 1);
        Assert.Contains("\u26A0 11 touchpoints have no owner \u2014 showing 1\u201340 of 100, unowned first.", AgendaJson.Texts(first));
        Assert.Contains("\u26A0 11 touchpoints have no owner \u2014 showing 41\u201380 of 100, unowned first.", AgendaJson.Texts(second));
        var buttons = CardJson.Of(second)["actions"]!.AsArray();
        Assert.Equal(["Previous", "Show more"], buttons.Select(b => (string)b!["title"]!));
        Assert.All(buttons, b => Assert.Equal(CardVerbs.OwnersPage, (string?)b!["verb"]));
        Assert.Equal(["1", "3"], buttons.Select(b => (string)b!["data"]![CardDataKeys.Page]!));
    }
}
