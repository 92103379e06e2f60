using CxReviewBot.Cards;
using CxReviewBot.Cards.Agenda;
using CxReviewBot.Cards.Metrics;

namespace CxReviewBot.UnitTests.Cards;

public sealed class AgendaDecidedTests
{
    private static AgendaView WithDecisions() => AgendaSamples.Empty() with
    {
        Touchpoints =
        [
            AgendaSamples.Touchpoint("Billing", MetricStatus.DecisionNeeded) with
            {
                Decisions =
                [
                    new AgendaDecision("Offer *annual* plans a renewal discount", "Grace Hopper", new DateOnly(2026, 12, 4)),
                    new AgendaDecision("Call every detractor within 48 hours", "Ada Lovelace", new DateOnly(2026, 11, 30)),
                ],
            },
        ],
    };

    [Fact]
    public void TouchpointWithDecisions_MatchesGolden() => GoldenFile.Verify("agenda-decided", AgendaCard.Build(WithDecisions()));

    [Fact]
    public void TouchpointWithDecisions_PassesLint() => Assert.Empty(CardLint.Check(AgendaCard.Build(WithDecisions())));

    [Fact]
    public void Decisions_ShowAsPlainTextWithOwnerAndDueDate()
    {
        var json = CardSerializer.ToJson(AgendaCard.Build(WithDecisions()));

        Assert.Contains("\"Decided: \"", json, StringComparison.Ordinal);
        Assert.Contains("\"Offer *annual* plans a renewal discount\"", json, StringComparison.Ordinal);
        Assert.Contains(" (Grace Hopper, due 4 Dec)", json, StringComparison.Ordinal);
    }

    [Fact]
    public void MoreThanTheLimit_ShowsOnlyTheNewest()
    {
        var many = Enumerable.Range(1, AgendaTouchpointBlockLimit + 2).Select(i => new AgendaDecision($"Decision number {i}", "Ada", new DateOnly(2026, 12, 1))).ToList();
        var view = AgendaSamples.Empty() with { Touchpoints = [AgendaSamples.Touchpoint("Billing", MetricStatus.OnTrack) with { Decisions = many }] };

        var json = CardSerializer.ToJson(AgendaCard.Build(view));

        Assert.Contains($"Decision number {AgendaTouchpointBlockLimit}\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain($"Decision number {AgendaTouchpointBlockLimit + 1}\"", json, StringComparison.Ordinal);
    }

    private const int AgendaTouchpointBlockLimit = 3;
}
