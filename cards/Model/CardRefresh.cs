namespace CxReviewBot.Cards.Model;

/// <summary>
/// Universal Actions refresh: Teams invokes <see cref="Action"/> when a listed user views the card.
/// Omit <see cref="UserIds"/> to refresh for everyone in chats of up to 60 members; an empty list means manual refresh only.
/// </summary>
public sealed record CardRefresh
{
    /// <summary>Teams accepts at most this many MRIs in <see cref="UserIds"/>.</summary>
    public const int MaxUserIds = 60;

    public CardRefresh(ExecuteAction action) => Action = action;

    // Declared as the polymorphic base so the serializer writes "type": "Action.Execute".
    public CardAction Action { get; }

    public IReadOnlyList<string>? UserIds { get; init; }
}
