using CxReviewBot.Cards.Model;

namespace CxReviewBot.Cards.Notice;

/// <summary>A button under a notice: either an Action.Execute with a <see cref="CardVerbs"/> verb, or a link.</summary>
public sealed record NoticeButton
{
    private NoticeButton(string title) => Title = title;

    public string Title { get; }

    public string? Verb { get; private init; }

    public IReadOnlyList<KeyValuePair<string, string>> Data { get; private init; } = [];

    public Uri? Url { get; private init; }

    /// <summary>A button that sends <paramref name="verb"/> with <paramref name="data"/> (keys from <see cref="CardDataKeys"/>).</summary>
    public static NoticeButton Execute(string title, string verb, params IReadOnlyList<KeyValuePair<string, string>> data) =>
        new(title) { Verb = verb, Data = data };

    /// <summary>A button that opens <paramref name="url"/>.</summary>
    public static NoticeButton Link(string title, Uri url) => new(title) { Url = url };

    internal CardAction ToAction() => Url is not null
        ? new OpenUrlAction { Title = Title, Url = Url }
        : new ExecuteAction { Title = Title, Verb = Verb!, Data = Data.Count == 0 ? null : ActionData.Of([.. Data.Select(p => (p.Key, p.Value))]) };
}
