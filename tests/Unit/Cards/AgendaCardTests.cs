using CxReviewBot.Cards;
using CxReviewBot.Cards.Agenda;
using CxReviewBot.Cards.Metrics;

namespace CxReviewBot.UnitTests.Cards;

public sealed class AgendaCardTests
{
    public static TheoryData<string, AgendaView> States => new()
    {
        { "agenda-empty", AgendaSamples.Empty() },
        {
            "agenda-missing-data", AgendaSamples.Empty() with
            {
                MeetingTime = null,
                Headline = [AgendaSamples.NoData("Revenue", MetricKind.Commercial, MetricUnit.Currency)],
                Touchpoints =
                [
                    new TouchpointSummary("Onboarding", "Success")
                    {
                        OwnerName = "Alan Turing",
                        ExperienceMetrics = [AgendaSamples.NoData("CSAT", MetricKind.Experience, MetricUnit.Score)],
                        CommercialMetrics = [AgendaSamples.NoData("Expansion", MetricKind.Commercial, MetricUnit.Currency) with { Value = 12_000, Status = MetricStatus.OnTrack }],
                    },
                ],
            }
        },
        { "agenda-one-touchpoint", AgendaSamples.Empty() with { Headline = [AgendaSamples.Nps()], Touchpoints = [AgendaSamples.Touchpoint("Billing", MetricStatus.OnTrack)] } },
        { "agenda-every-status", AgendaSamples.EveryStatus() },
        { "agenda-many-page1", AgendaSamples.Many(50, page: 1) },
        { "agenda-many-page3", AgendaSamples.Many(50, page: 3) },
        { "agenda-worst-case", AgendaSamples.WorstCase() },
        { "agenda-sections", AgendaSamples.WithSections() },
        { "agenda-posted-late", AgendaSamples.PostedLate() },
        { "agenda-image-sparkline", AgendaSamples.Many(3) with { SparklineBaseUrl = new Uri("https://charts.example.com/spark?theme=teams") } },
    };

    [Theory]
    [MemberData(nameof(States))]
    public void State_MatchesGolden(string name, AgendaView view) => GoldenFile.Verify(name, AgendaCard.Build(view));

    [Theory]
    [MemberData(nameof(States))]
    public void State_PassesLint(string name, AgendaView view) => Assert.True(CardLint.Check(AgendaCard.Build(view)).Count == 0, name);

    [Fact]
    public void Touchpoints_AreSortedWorstFirstThenByName()
    {
        var card = AgendaCard.Build(AgendaSamples.EveryStatus());

        Assert.Equal(["Onboarding", "Billing", "Support chat", "Renewal call"], AgendaJson.Touchpoints(card));
        var markers = CardJson.OfType(card, "Container").Select(c => (string?)c["items"]![0]!["columns"]![1]!["items"]![0]!["text"]).ToList();
        Assert.Equal(["\u26A0 Decision needed", "Off target", "No data", "On track"], markers);
    }

    [Fact]
    public void Touchpoint_WithoutOwner_IsFlagged()
    {
        var card = AgendaCard.Build(AgendaSamples.Empty() with { Touchpoints = [AgendaSamples.Touchpoint("Billing", MetricStatus.OnTrack, owner: " ")] });

        var flag = Assert.Single(CardJson.OfType(card, "TextBlock"), t => (string?)t["text"] == "\u26A0 No owner");
        Assert.Equal("attention", (string?)flag["color"]);
    }

    [Fact]
    public void Headline_ShowsChangeWithArrowAndDistanceFromTarget()
    {
        var texts = AgendaJson.Texts(AgendaCard.Build(AgendaSamples.Empty() with { Headline = [AgendaSamples.Nps()] }));

        Assert.Contains("42.0", texts);
        Assert.Contains("\u25BC 3.0 vs previous", texts);
        Assert.Contains("8.0 below target 50.0", texts);
    }

    [Fact]
    public void DecisionIfCrossed_ShowsOnlyWhenThresholdCrossed()
    {
        static bool ShowsDecision(MetricStatus status) =>
            AgendaJson.Texts(AgendaCard.Build(AgendaSamples.Empty() with { Headline = [AgendaSamples.Nps(status)] }))
                .Any(t => t.Contains("Put a senior agent", StringComparison.Ordinal));

        Assert.True(ShowsDecision(MetricStatus.DecisionNeeded));
        Assert.False(ShowsDecision(MetricStatus.OffTarget));
        Assert.False(ShowsDecision(MetricStatus.OnTrack));
    }

    [Fact]
    public void CheckInAnswer_IsQuotedOnlyInTextRun()
    {
        var card = AgendaCard.Build(AgendaSamples.Empty() with { Touchpoints = [AgendaSamples.Touchpoint("Billing", MetricStatus.OnTrack)] });

        Assert.Contains(CardJson.OfType(card, "TextRun"), r => (string?)r["text"] == "\u201CQueue times are down; *two* new hires start Monday.\u201D");
        Assert.DoesNotContain(AgendaJson.Texts(card), t => t.Contains("Queue times", StringComparison.Ordinal));
    }

    [Fact]
    public void RecordDecisionButton_CarriesReviewAndTouchpoint()
    {
        var card = AgendaCard.Build(AgendaSamples.Empty() with { Touchpoints = [AgendaSamples.Touchpoint("Billing *EU*", MetricStatus.OffTarget)] });

        var button = Assert.Single(CardJson.OfType(card, "Action.Execute"), a => (string?)a["verb"] == CardVerbs.DecisionRecord);
        Assert.Equal("""{"reviewId":"rev-1","touchpoint":"Billing *EU*"}""", button["data"]!.ToJsonString());
    }

    [Fact]
    public void TextSparkline_IsShownWithoutImageService()
    {
        var card = AgendaCard.Build(AgendaSamples.Empty() with { Headline = [AgendaSamples.Nps()] });

        Assert.Empty(CardJson.OfType(card, "Image"));
        Assert.Contains("Trend " + Sparkline.Text(AgendaSamples.Trend), AgendaJson.Texts(card));
    }

    [Fact]
    public void ImageSparkline_HasValuesInUrlAndDescriptiveAltText()
    {
        var card = AgendaCard.Build(AgendaSamples.Empty() with { Headline = [AgendaSamples.Nps()], SparklineBaseUrl = new Uri("https://charts.example.com/spark") });

        var image = Assert.Single(CardJson.OfType(card, "Image"));
        Assert.Equal("https://charts.example.com/spark?values=41,42,40,,43,44,42,45,46,44", (string?)image["url"]);
        Assert.Equal("NPS: " + Sparkline.Describe(AgendaSamples.Trend, MetricUnit.Score), (string?)image["altText"]);
        Assert.DoesNotContain(AgendaJson.Texts(card), t => t.StartsWith("Trend ", StringComparison.Ordinal));
    }

    [Fact]
    public void LongTrend_ShowsTheLatestTwelvePeriods()
    {
        var history = Enumerable.Range(1, 40).Select(i => (double?)i).ToList();

        var card = AgendaCard.Build(AgendaSamples.Empty() with { Headline = [AgendaSamples.Nps() with { Trend = history }] });

        Assert.Contains("Trend " + Sparkline.Text(history.TakeLast(12).ToList()), AgendaJson.Texts(card));
    }

    [Fact]
    public void Sections_AreLeftOutWhenEmpty()
    {
        var texts = AgendaJson.Texts(AgendaCard.Build(AgendaSamples.Empty()));

        Assert.DoesNotContain("Escalations awaiting decision", texts);
        Assert.DoesNotContain("Overdue actions", texts);
        Assert.DoesNotContain("Did it move?", texts);
        Assert.Contains("No touchpoints in this review yet.", texts);
    }

    [Fact]
    public void Sections_ShowEveryOutcomeInWords()
    {
        var runs = CardJson.OfType(AgendaCard.Build(AgendaSamples.WithSections()), "TextRun").Select(r => (string)r["text"]!).ToList();

        Assert.Contains("\u2713 Moved as expected", runs);
        Assert.Contains("\u2717 Moved the wrong way", runs);
        Assert.Contains("No change", runs);
        Assert.Contains("No data yet", runs);
        Assert.Contains("3 days overdue", runs);
        Assert.Contains("1 day overdue", runs);
    }
}
