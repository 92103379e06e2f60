namespace CxReviewBot.Cards;

/// <summary>
/// How much a paged card shows per item. <see cref="CardPager"/> starts at <see cref="Full"/> and steps down only when
/// even a single item does not fit the size budget (long or non-Latin text, which JSON-escaped counts six times over).
/// </summary>
public enum CardDetail
{
    Full,
    Compact,
    Minimal,
}
