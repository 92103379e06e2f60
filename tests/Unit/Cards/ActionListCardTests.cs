using CxReviewBot.Cards;
using CxReviewBot.Cards.Actions;

namespace CxReviewBot.UnitTests.Cards;

public sealed class ActionListCardTests
{
    // Wednesday: this week runs to Sunday 13 Dec.
    private static readonly DateOnly Today = new(2026, 12, 9);

    private static ActionListView Mine(int page = 1) => new()
    {
        Today = Today,
        Page = page,
        Rows =
        [
            new ActionListRow("3", "Call the top ten churned accounts", new DateOnly(2027, 1, 15)) { ReviewName = "WBR" },
            new ActionListRow("1", "Fix the checkout retry page", new DateOnly(2026, 12, 4)) { ReviewName = "WBR" },
            new ActionListRow("2", "Publish the refund policy FAQ", new DateOnly(2026, 12, 13)) { SnoozedUntil = new DateOnly(2026, 12, 10) },
        ],
    };

    private static ActionListView Many(int count, int page) => new()
    {
        Today = Today,
        Page = page,
        Rows = [.. Enumerable.Range(1, count).Select(i => new ActionListRow($"{i}", $"Action {i:00}", Today.AddDays(i - 5)))],
    };

    [Fact]
    public void Grouped_MatchesGolden() => GoldenFile.Verify("actions-mine", ActionListCard.Build(Mine()));

    [Fact]
    public void Empty_MatchesGolden() => GoldenFile.Verify("actions-empty", ActionListCard.Build(new ActionListView { Today = Today }));

    [Fact]
    public void AllStates_PassLint()
    {
        Assert.Empty(CardLint.Check(ActionListCard.Build(Mine())));
        Assert.Empty(CardLint.Check(ActionListCard.Build(Many(35, 2))));
    }

    [Theory]
    [InlineData("2026-12-08", ActionGroup.Overdue)]
    [InlineData("2026-12-09", ActionGroup.ThisWeek)]
    [InlineData("2026-12-13", ActionGroup.ThisWeek)]
    [InlineData("2026-12-14", ActionGroup.Later)]
    public void GroupOf_WeekEndsOnSunday(string due, ActionGroup expected) =>
        Assert.Equal(expected, ActionListCard.GroupOf(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), Today));

    [Fact]
    public void Rows_AreSortedByDueUnderTheirGroupHeadings()
    {
        var texts = AgendaJson.Texts(ActionListCard.Build(Mine()));

        var order = new[] { "\u26A0 Overdue", "**Fix the checkout retry page**", "This week", "**Publish the refund policy FAQ**", "Later", "**Call the top ten churned accounts**" }
            .Select(t => texts.IndexOf(t)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
        Assert.Contains("3 open, 1 overdue \u2014 showing all 3.", texts);
    }

    [Fact]
    public void ListButtons_CarryThePageSoTheListIsRedrawn()
    {
        var card = ActionListCard.Build(Many(35, 2));

        var done = CardJson.OfType(card, "Action.Execute").Where(a => (string?)a["verb"] == CardVerbs.ActionDone).ToList();
        Assert.Equal(ActionListView.MaxPageSize, done.Count);
        Assert.All(done, a => Assert.Equal("2", (string?)a["data"]![CardDataKeys.Page]));
        var paging = CardJson.Of(card)["actions"]!.AsArray();
        Assert.Equal(["Previous", "Show more"], paging.Select(a => (string)a!["title"]!));
        Assert.Equal(["1", "3"], paging.Select(a => (string)a!["data"]![CardDataKeys.Page]!));
    }
}
