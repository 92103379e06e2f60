using CxReviewBot.Cards.Model;

namespace CxReviewBot.Cards.Notice;

/// <summary>
/// A short titled message: confirmations ("Decision recorded") and errors. Title, message and fact values are rendered
/// as Teams markdown: pass text a user typed through <see cref="CardText.EscapeMarkdown"/> first.
/// </summary>
public sealed record NoticeView(NoticeKind Kind, string Title)
{
    public string? Message { get; init; }

    public IReadOnlyList<Fact> Facts { get; init; } = [];

    public IReadOnlyList<NoticeButton> Buttons { get; init; } = [];
}
