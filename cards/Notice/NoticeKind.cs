namespace CxReviewBot.Cards.Notice;

/// <summary>The tone of a notice; each has a word marker as well as a colour.</summary>
public enum NoticeKind
{
    Info,
    Success,
    Warning,
    Error,
}
