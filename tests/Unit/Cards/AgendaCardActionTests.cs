using CxReviewBot.Cards;
using CxReviewBot.Cards.Agenda;

namespace CxReviewBot.UnitTests.Cards;

public sealed class AgendaCardActionTests
{
    [Fact]
    public void WithoutDecisionsOrReport_NoDeadButtonsAreOffered()
    {
        var view = AgendaSamples.EveryStatus() with { CanRecordDecisions = false, CanGetReport = false };

        var json = CardSerializer.ToJson(AgendaCard.Build(view));

        Assert.DoesNotContain(CardVerbs.DecisionRecord, json, StringComparison.Ordinal);
        Assert.DoesNotContain(AgendaCard.ReportTitle, json, StringComparison.Ordinal);
    }

    [Fact]
    public void WithDecisionsAndReport_EveryTouchpointCanRecordADecision()
    {
        var view = AgendaSamples.EveryStatus();

        var json = CardSerializer.ToJson(AgendaCard.Build(view));

        Assert.Equal(view.Touchpoints.Count, CountOf(json, $"\"verb\":\"{CardVerbs.DecisionRecord}\""));
        Assert.Contains(AgendaCard.ReportTitle, json, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
