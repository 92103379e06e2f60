using CxReviewBot.Cards;
using CxReviewBot.Cards.Model;
using CxReviewBot.Cards.Notice;

namespace CxReviewBot.UnitTests.Cards;

public sealed class NoticeCardTests
{
    public static TheoryData<string, NoticeView> States => new()
    {
        {
            "notice-info", new NoticeView(NoticeKind.Info, "Agenda scheduled")
            {
                Message = "The agenda will be posted **Monday 09:00** (Europe/Berlin).",
                Facts = [new Fact("Review", "Weekly business review"), new Fact("Members", "12")],
            }
        },
        {
            "notice-success", new NoticeView(NoticeKind.Success, "Decision recorded")
            {
                Facts = [new Fact("Decision", CardText.EscapeMarkdown("Move *renewal call* to day 60")), new Fact("Owner", "Ada Lovelace"), new Fact("Due", "2026-12-04")],
                Buttons =
                [
                    NoticeButton.Execute("Mark done", CardVerbs.ActionDone, new KeyValuePair<string, string>(CardDataKeys.ActionId, "a-42")),
                    NoticeButton.Link("Open in Planner", new Uri("https://tasks.office.com/")),
                ],
            }
        },
        {
            "notice-warning", new NoticeView(NoticeKind.Warning, "Check-in overdue")
            {
                Message = "Two touchpoint owners have not answered this week's check-in.",
                Facts = [new Fact("Billing", "Grace Hopper"), new Fact("Onboarding", "Alan Turing")],
                Buttons = [NoticeButton.Execute("Show agenda", CardVerbs.CommandRun, new KeyValuePair<string, string>(CardDataKeys.Command, "agenda"))],
            }
        },
        {
            "notice-error", new NoticeView(NoticeKind.Error, "Import rejected")
            {
                Message = "Nothing was changed. Fix the rows below and import the file again.",
                Facts = [new Fact("line 3", "unknown metric \"NPSS\""), new Fact("line 7", "value is not a number")],
                Buttons = [NoticeButton.Execute("Show help", CardVerbs.CommandRun, new KeyValuePair<string, string>(CardDataKeys.Command, "help"))],
            }
        },
    };

    [Theory]
    [MemberData(nameof(States))]
    public void Kind_MatchesGolden(string name, NoticeView view) => GoldenFile.Verify(name, NoticeCard.Build(view));

    [Theory]
    [MemberData(nameof(States))]
    public void Kind_PassesLint(string name, NoticeView view) => Assert.True(CardLint.Check(NoticeCard.Build(view)).Count == 0, name);

    [Theory]
    [InlineData(NoticeKind.Info, "Info", "accent")]
    [InlineData(NoticeKind.Success, "Done", "good")]
    [InlineData(NoticeKind.Warning, "Warning", "warning")]
    [InlineData(NoticeKind.Error, "Error", "attention")]
    public void Kind_HasWordMarkerBesideColour(NoticeKind kind, string marker, string color)
    {
        var card = NoticeCard.Build(new NoticeView(kind, "Title"));

        var first = CardJson.OfType(card, "TextBlock").First();
        Assert.Equal(marker, (string?)first["text"]);
        Assert.Equal(color, (string?)first["color"]);
        Assert.StartsWith(marker + ": Title", card.FallbackText, StringComparison.Ordinal);
    }

    [Fact]
    public void NoFactsOrButtons_OmitsFactSetAndActions()
    {
        var card = NoticeCard.Build(new NoticeView(NoticeKind.Info, "Saved"));

        Assert.Empty(CardJson.OfType(card, "FactSet"));
        Assert.False(CardJson.Of(card).ContainsKey("actions"));
    }

    [Fact]
    public void Buttons_BecomeExecuteAndOpenUrlActions()
    {
        var view = new NoticeView(NoticeKind.Success, "Saved")
        {
            Buttons =
            [
                NoticeButton.Execute("Snooze", CardVerbs.ActionSnooze, new(CardDataKeys.ActionId, "a-1"), new(CardDataKeys.Days, "3")),
                NoticeButton.Link("Open", new Uri("https://example.com/x")),
            ],
        };

        var actions = CardJson.Of(NoticeCard.Build(view))["actions"]!.AsArray();

        Assert.Equal("Action.Execute", (string?)actions[0]!["type"]);
        Assert.Equal(CardVerbs.ActionSnooze, (string?)actions[0]!["verb"]);
        Assert.Equal("""{"actionId":"a-1","days":"3"}""", actions[0]!["data"]!.ToJsonString());
        Assert.Equal("Action.OpenUrl", (string?)actions[1]!["type"]);
        Assert.Equal("https://example.com/x", (string?)actions[1]!["url"]);
    }
}
