using CxReviewBot.Cards;
using CxReviewBot.Cards.Agenda;
using CxReviewBot.Cards.Model;
using CxReviewBot.Cards.Setup;

namespace CxReviewBot.UnitTests.Cards;

/// <summary>A note such as "posted late" sits on the card itself, in words with a marker, not in colour alone.</summary>
public sealed class AgendaNoticeTests
{
    [Fact]
    public void PostedLate_NoteIsRightUnderTheSubtitle_InWordsAndAttentionColour()
    {
        var body = CardJson.Of(AgendaCard.Build(AgendaSamples.PostedLate()))["body"]!.AsArray();

        var note = body[2]!.AsObject();
        Assert.Equal("TextBlock", (string?)note["type"]);
        Assert.Equal("\u26A0 Posted late: this agenda was due Sun 8 Nov 09:00 (America/New\\_York) but the bot could not post it then.", (string?)note["text"]);
        Assert.Equal("attention", (string?)note["color"]);
        Assert.True((bool?)note["wrap"]);
    }

    [Fact]
    public void WithoutNotice_NoNoteIsShown()
    {
        var without = CardJson.Of(AgendaCard.Build(AgendaSamples.PostedLate() with { Notice = null }))["body"]!.AsArray();
        var with = CardJson.Of(AgendaCard.Build(AgendaSamples.PostedLate()))["body"]!.AsArray();

        Assert.Equal(without.Count + 1, with.Count);
        Assert.DoesNotContain("Posted late", without.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Occurrence_TravelsWithRefreshAndPaging()
    {
        var card = AgendaCard.Build(AgendaSamples.PostedLate() with { PageSize = 1 });

        var json = CardJson.Of(card);
        Assert.Equal("2026-11-09T14:00:00Z", (string?)json["refresh"]!["action"]!["data"]![CardDataKeys.Occurrence]);
        var more = Assert.Single(CardJson.OfType(card, "Action.Execute"), a => (string?)a["title"] == AgendaCard.ShowMoreTitle);
        Assert.Equal("2026-11-09T14:00:00Z", (string?)more["data"]![CardDataKeys.Occurrence]);
    }

    [Fact]
    public void RosterFallback_NoteIsOnTheSetupCard()
    {
        var card = SetupCard.Build(new SetupView { Notice = "I could not read this conversation's member list." });

        var note = Assert.Single(CardJson.OfType(card, "TextBlock"), t => (string?)t["color"] == "attention");
        Assert.Equal("\u26A0 I could not read this conversation's member list.", (string?)note["text"]);
    }
}
