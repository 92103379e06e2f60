using CxReviewBot.Cards;
using CxReviewBot.Cards.Model;

namespace CxReviewBot.UnitTests.Cards;

public sealed class CardLintTests
{
    [Fact]
    public void CleanCard_HasNoProblems()
    {
        var card = new AdaptiveCard
        {
            Body = [new Image { Url = "https://x/a.png", AltText = "Chart of NPS" }, new TextInput { Id = "note" }],
            Actions = [new ExecuteAction { Title = "Go", Verb = CardVerbs.DecisionRecord, Data = ActionData.Of(("id", "x")) }],
        };

        Assert.Empty(CardLint.Check(card));
    }

    [Fact]
    public void ImageWithoutAltText_IsReportedWithPath()
    {
        var card = new AdaptiveCard
        {
            Body = [new Container { Items = [new Image { Url = "https://x/a.png", AltText = " " }] }],
        };

        Assert.Equal(["$.body[0].items[0]: Image without altText"], CardLint.Check(card));
    }

    [Fact]
    public void ExecuteWithoutVerb_IsReportedInsideShowCard()
    {
        var inner = new AdaptiveCard { Body = [new ActionSet { Actions = [new ExecuteAction { Title = "x", Verb = "" }] }] };
        var card = new AdaptiveCard { Actions = [new ShowCardAction { Title = "More", Card = inner }] };

        Assert.Equal(["$.actions[0].card.body[0].actions[0]: Action.Execute without verb"], CardLint.Check(card));
    }

    [Theory]
    [InlineData("1.6")]
    [InlineData("2.0")]
    [InlineData("latest")]
    public void VersionAbove15_IsReported(string version)
    {
        var problems = CardLint.Check(new AdaptiveCard { Version = version });

        Assert.Equal([$"$: version \"{version}\" is above the Teams ceiling 1.5"], problems);
    }

    [Fact]
    public void Version14_IsAccepted() => Assert.Empty(CardLint.Check(new AdaptiveCard { Version = "1.4" }));

    [Fact]
    public void InputWithoutIdAndDuplicateIds_AreReported()
    {
        var card = new AdaptiveCard
        {
            Body = [new ToggleInput { Title = "x" }, new TextBlock { Id = "a", Text = "1" }, new TextBlock { Id = "a", Text = "2" }],
        };

        Assert.Equal(["$.body[0]: Input.Toggle without id", "$.body[2]: duplicate id \"a\""], CardLint.Check(card));
    }

    [Fact]
    public void ChoiceSetWithoutChoices_IsReportedUnlessPeoplePicker()
    {
        var card = new AdaptiveCard
        {
            Body = [new ChoiceSetInput { Id = "empty" }, new ChoiceSetInput { Id = "people", ChoicesData = DataQuery.ConversationMembers }],
        };

        Assert.Equal(["$.body[0]: Input.ChoiceSet without choices or choices.data"], CardLint.Check(card));
    }

    [Fact]
    public void ActionData_IsNotLinted()
    {
        var card = new AdaptiveCard
        {
            Actions = [new ExecuteAction { Verb = CardVerbs.ActionDone, Data = new() { ["type"] = "Image", ["id"] = "dup" } }],
            Body = [new TextBlock { Id = "dup", Text = "x" }],
        };

        Assert.Empty(CardLint.Check(card));
    }

    [Fact]
    public void TooManyRefreshUsers_IsReported()
    {
        var users = Enumerable.Range(0, 61).Select(i => $"29:{i}").ToList();
        var card = new AdaptiveCard { Refresh = new CardRefresh(new ExecuteAction { Verb = CardVerbs.AgendaRefresh }) { UserIds = users } };

        Assert.Equal(["$.refresh.userIds: 61 ids, Teams refreshes for at most 60"], CardLint.Check(card));
    }

    [Fact]
    public void OversizedCard_IsReported()
    {
        var card = new AdaptiveCard { Body = [new TextBlock { Text = new string('x', CardSizeBudget.TargetBytes / 2) }] };

        var problem = Assert.Single(CardLint.Check(card));
        Assert.Contains("over the 81920-byte budget", problem, StringComparison.Ordinal);
    }
}
