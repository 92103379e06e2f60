using CxReviewBot.Cards;
using CxReviewBot.Cards.Model;

namespace CxReviewBot.UnitTests.Cards;

public sealed class CardPagerTests
{
    // Items of a given size in characters; at lower detail each item shrinks to a tenth.
    private static AdaptiveCard Build(IReadOnlyList<int> sizes, int page, int pageSize, List<PageSlice> seen) =>
        CardPager.Build(sizes.Count, page, pageSize, slice =>
        {
            seen.Add(slice);
            return new AdaptiveCard { Body = [.. Enumerable.Range(slice.Start, slice.Count).Select(i => Item(sizes[i], slice.Detail))] };
        }, (i, detail) => Item(sizes[i], detail));

    private static TextBlock Item(int size, CardDetail detail) =>
        new() { Text = new string('x', detail == CardDetail.Full ? size : size / 10) };

    [Fact]
    public void SmallItems_FillThePage()
    {
        var seen = new List<PageSlice>();

        var card = Build([.. Enumerable.Repeat(100, 30)], page: 2, pageSize: 10, seen);

        Assert.Equal(10, card.Body.Count);
        Assert.Equal(new PageSlice(2, 10, 10, 30, Shortened: false), seen[^1]);
        Assert.Equal("showing 11\u201320 of 30", seen[^1].Showing);
    }

    [Fact]
    public void LargeItems_ShortenThePageWithinBudget()
    {
        var seen = new List<PageSlice>();

        var card = Build([.. Enumerable.Repeat(10_000, 30)], page: 1, pageSize: 10, seen);

        Assert.True(CardSizeBudget.Fits(card));
        Assert.Equal(4, card.Body.Count);
        Assert.True(seen[^1].Shortened);
        Assert.True(seen[^1].Trimmed);
    }

    [Fact]
    public void ShortenedPages_SkipNothing()
    {
        int[] sizes = [.. Enumerable.Range(0, 25).Select(i => i % 3 == 0 ? 30_000 : 2_000)];
        var shown = 0;
        for (var page = 1; shown < sizes.Length; page++)
        {
            var seen = new List<PageSlice>();
            var card = Build(sizes, page, pageSize: 10, seen);
            Assert.Equal(shown, seen[^1].Start);
            Assert.True(CardSizeBudget.Fits(card), $"page {page}");
            shown += card.Body.Count;
        }

        Assert.Equal(sizes.Length, shown);
    }

    [Fact]
    public void OversizedItem_StepsDownDetail()
    {
        var seen = new List<PageSlice>();

        var card = Build([100_000, 100], page: 1, pageSize: 10, seen);

        Assert.True(CardSizeBudget.Fits(card));
        Assert.Equal(CardDetail.Compact, seen[^1].Detail);
        Assert.True(seen[^1].Trimmed);
    }

    [Fact]
    public void PastTheEnd_GivesLastPage_AndEmptyListGivesOnePage()
    {
        var seen = new List<PageSlice>();
        Build([1, 2, 3], page: 7, pageSize: 2, seen);
        Assert.Equal(new PageSlice(2, 2, 1, 3, Shortened: false), seen[^1]);

        seen.Clear();
        Build([], page: 3, pageSize: 2, seen);
        Assert.Equal(new PageSlice(1, 0, 0, 0, Shortened: false), Assert.Single(seen));
        Assert.Equal("showing all 0", seen[0].Showing);
    }
}
