using System.Globalization;
using CxReviewBot.Cards.Model;

namespace CxReviewBot.Cards.Actions;

/// <summary>
/// The buttons of an action. <paramref name="listPage"/> set means the button sits on the `actions` list, and the
/// bot answers with that page of the list instead of the single action's card.
/// </summary>
public static class ActionButtons
{
    public static ExecuteAction Done(string actionId, int? listPage = null) =>
        new() { Title = "Done", Verb = CardVerbs.ActionDone, Data = Data(actionId, listPage), Style = ActionStyle.Positive };

    public static ExecuteAction Snooze(string actionId, int days, int? listPage = null)
    {
        var data = Data(actionId, listPage);
        data[CardDataKeys.Days] = days.ToString(CultureInfo.InvariantCulture);
        return new ExecuteAction { Title = days == 7 ? "Snooze 1 week" : days == 1 ? "Snooze 1 day" : $"Snooze {days} days", Verb = CardVerbs.ActionSnooze, Data = data };
    }

    public static ExecuteAction Details(string actionId) =>
        new() { Title = "Details", Verb = CardVerbs.ActionShow, Data = Data(actionId, null) };

    public static ExecuteAction Submit(string title, string verb, string actionId, ActionStyle? style = null) =>
        new() { Title = title, Verb = verb, Data = Data(actionId, null), Style = style };

    private static System.Text.Json.Nodes.JsonObject Data(string actionId, int? listPage)
    {
        var data = ActionData.Of((CardDataKeys.ActionId, actionId));
        if (listPage is { } page)
        {
            data[CardDataKeys.Page] = page.ToString(CultureInfo.InvariantCulture);
        }
        return data;
    }
}
