using System.Text.Json.Nodes;

namespace CxReviewBot.Cards.Model;

/// <summary>Builds the <c>data</c> objects of <see cref="ExecuteAction"/> and <see cref="SubmitAction"/>.</summary>
public static class ActionData
{
    /// <summary>A flat object of string values, in the given order.</summary>
    public static JsonObject Of(params ReadOnlySpan<(string Key, string Value)> pairs)
    {
        var data = new JsonObject();
        foreach (var (key, value) in pairs)
        {
            data.Add(key, value);
        }

        return data;
    }

    /// <summary>
    /// Action.Submit data that Teams turns into a message from the user: <paramref name="displayText"/> is shown in the chat,
    /// <paramref name="text"/> reaches the bot as the activity text.
    /// </summary>
    public static JsonObject MessageBack(string text, string? displayText = null, JsonObject? value = null)
    {
        var msteams = new JsonObject { ["type"] = "messageBack", ["text"] = text };
        if (displayText is not null)
        {
            msteams["displayText"] = displayText;
        }

        if (value is not null)
        {
            msteams["value"] = value;
        }

        return new JsonObject { ["msteams"] = msteams };
    }

    /// <summary>Action.Submit data that posts <paramref name="text"/> into the chat as if the user typed it.</summary>
    public static JsonObject ImBack(string text) =>
        new() { ["msteams"] = new JsonObject { ["type"] = "imBack", ["value"] = text } };
}
