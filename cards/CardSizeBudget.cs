using CxReviewBot.Cards.Model;

namespace CxReviewBot.Cards;

/// <summary>
/// Teams' per-message size limit, in one place. Teams counts the whole message payload as UTF-16 and answers
/// 413 <c>MessageSizeTooBig</c> above ~100 KB (protocol.md §5.6). Cards aim for <see cref="TargetBytes"/>,
/// leaving the rest for the activity envelope, mentions and reactions. Builders that grow page against <see cref="Fits"/>.
/// </summary>
public static class CardSizeBudget
{
    /// <summary>Hard Teams limit for a bot message, in UTF-16 bytes.</summary>
    public const int HardLimitBytes = 100 * 1024;

    /// <summary>What a card may use, in UTF-16 bytes.</summary>
    public const int TargetBytes = 80 * 1024;

    /// <summary>The card's size in UTF-16 bytes as Teams counts it.</summary>
    public static int Measure(AdaptiveCard card) => CardSerializer.Utf16Size(card);

    /// <summary>Whether the card stays within <see cref="TargetBytes"/>.</summary>
    public static bool Fits(AdaptiveCard card) => Measure(card) <= TargetBytes;

    /// <summary>Bytes left under <see cref="TargetBytes"/>; negative when the card is over.</summary>
    public static int Remaining(AdaptiveCard card) => TargetBytes - Measure(card);
}
