namespace CxReviewBot.Cards;

/// <summary>Keys of the hidden <c>data</c> our card actions carry next to their <see cref="CardVerbs"/> verb.</summary>
public static class CardDataKeys
{
    /// <summary>The command name for <see cref="CardVerbs.CommandRun"/>, e.g. <c>"help"</c>.</summary>
    public const string Command = "command";

    /// <summary>The action item an action button refers to.</summary>
    public const string ActionId = "actionId";

    /// <summary>The decision a decision button refers to.</summary>
    public const string DecisionId = "decisionId";

    /// <summary>How many days to snooze for.</summary>
    public const string Days = "days";

    /// <summary>The scheduled meeting an agenda card was posted for (see <c>AgendaView.Occurrence</c>).</summary>
    public const string Occurrence = "occurrence";

    /// <summary>The page number of a paged card, from 1.</summary>
    public const string Page = "page";

    /// <summary>The review a card belongs to (agenda paging, refresh, decisions).</summary>
    public const string ReviewId = "reviewId";

    /// <summary>The touchpoint name a decision button refers to.</summary>
    public const string Touchpoint = "touchpoint";

    /// <summary>The random token of a decision form: a repeated save of the same form records once.</summary>
    public const string FormToken = "formToken";

    /// <summary>The version of the record a form or button was built from; a stale one is refused, not applied.</summary>
    public const string Version = "version";

    /// <summary>Where a decision form was opened: <c>agenda</c> (answer with the agenda) or <c>command</c>.</summary>
    public const string Origin = "origin";
}
