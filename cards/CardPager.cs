using CxReviewBot.Cards.Model;

namespace CxReviewBot.Cards;

/// <summary>
/// Pages a list into cards that stay within <see cref="CardSizeBudget.TargetBytes"/>. A page takes up to the page size,
/// fewer when the card would be over budget; when even one item is too big at full detail, it tries again at each lower
/// <see cref="CardDetail"/> (never fewer than one item, so paging always advances). Each page starts where the previous
/// one ended, so shortened pages skip nothing; page N is found by laying out pages 1…N-1 first. To keep that cheap, a
/// page's size is estimated from the empty page plus each item's own size, then checked by measuring the real card.
/// </summary>
public static class CardPager
{
    // Covers the summary line growing by a few digits between the empty page used for the estimate and the real one.
    private const int SlackBytes = 256;

    /// <summary>
    /// Builds the requested <paramref name="page"/> (from 1; past the end gives the last page). <paramref name="build"/>
    /// lays out a page; <paramref name="item"/> gives the body element of item i at a detail level, for measuring.
    /// </summary>
    public static AdaptiveCard Build(int total, int page, int pageSize, Func<PageSlice, AdaptiveCard> build, Func<int, CardDetail, CardElement> item)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var sizes = new Dictionary<(int, CardDetail), int>();
        int ItemBytes(int index, CardDetail detail)
        {
            if (!sizes.TryGetValue((index, detail), out var bytes))
            {
                // An element's JSON plus the comma that separates it from the next one.
                bytes = CardSizeBudget.Measure(new AdaptiveCard { Body = [item(index, detail)] }) - EmptyBodyBytes + sizeof(char);
                sizes[(index, detail)] = bytes;
            }

            return bytes;
        }

        var start = 0;
        for (var current = 1; ; current++)
        {
            var (card, slice) = Fit(total, current, start, pageSize, build, ItemBytes);
            if (current >= page || !slice.HasMore)
            {
                return card;
            }

            start = slice.End;
        }
    }

    private static int EmptyBodyBytes { get; } = CardSizeBudget.Measure(new AdaptiveCard());

    private static (AdaptiveCard Card, PageSlice Slice) Fit(
        int total, int page, int start, int pageSize, Func<PageSlice, AdaptiveCard> build, Func<int, CardDetail, int> itemBytes)
    {
        var wanted = Math.Min(pageSize, total - start);
        if (wanted <= 0)
        {
            var empty = new PageSlice(page, start, 0, total, Shortened: false);
            return (build(empty), empty);
        }

        (AdaptiveCard Card, PageSlice Slice) last = default;
        foreach (var detail in Enum.GetValues<CardDetail>())
        {
            var room = CardSizeBudget.TargetBytes - SlackBytes
                - CardSizeBudget.Measure(build(new PageSlice(page, start, 0, total, Shortened: true) { Detail = detail }));
            var estimate = 0;
            while (estimate < wanted && (room -= itemBytes(start + estimate, detail)) >= 0)
            {
                estimate++;
            }

            for (var count = Math.Max(estimate, 1); count >= 1; count--)
            {
                var slice = new PageSlice(page, start, count, total, count < wanted) { Detail = detail };
                last = (build(slice), slice);
                if (CardSizeBudget.Fits(last.Card))
                {
                    return last;
                }
            }
        }

        return last;
    }
}
