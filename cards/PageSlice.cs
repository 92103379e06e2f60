using System.Globalization;

namespace CxReviewBot.Cards;

/// <summary>
/// The items one page of a paged card shows: <see cref="Count"/> items from index <see cref="Start"/> of <see cref="Total"/>.
/// <see cref="Shortened"/> says the size budget took items off the end, and <see cref="Detail"/> below
/// <see cref="CardDetail.Full"/> that it cut detail; the card must say either.
/// </summary>
public sealed record PageSlice(int Page, int Start, int Count, int Total, bool Shortened)
{
    public CardDetail Detail { get; init; } = CardDetail.Full;

    /// <summary>Whether the size budget changed this page in any way.</summary>
    public bool Trimmed => Shortened || Detail != CardDetail.Full;

    /// <summary>Index after the last item shown.</summary>
    public int End => Start + Count;

    public bool HasPrevious => Page > 1;

    public bool HasMore => End < Total;

    /// <summary>"showing 1–10 of 52" (1-based, inclusive), or "showing all 7" when everything fits on one page.</summary>
    public string Showing => Start == 0 && !HasMore
        ? string.Create(CultureInfo.InvariantCulture, $"showing all {Total}")
        : string.Create(CultureInfo.InvariantCulture, $"showing {Start + 1}\u2013{End} of {Total}");
}
