using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CxReviewBot.Protocol.Activities;

namespace CxReviewBot.Protocol.Routing;

/// <summary>A text command as the user meant it: mentions and markup removed, first word is the command.</summary>
internal sealed partial record CommandText(string Command, string Arguments)
{
    public static CommandText Parse(Activity activity)
    {
        var text = activity.Text ?? "";
        foreach (var mentionText in RecipientMentions(activity))
        {
            text = text.Replace(mentionText, " ", StringComparison.OrdinalIgnoreCase);
        }
        text = AtTag().Replace(text, " ");
        text = WebUtility.HtmlDecode(HtmlTag().Replace(text, " "));
        text = Whitespace().Replace(text, " ").Trim();
        if (text.Length == 0)
        {
            return new CommandText("", "");
        }
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var command = (space < 0 ? text : text[..space]).TrimStart('/').ToLowerInvariant();
        var arguments = space < 0 ? "" : text[(space + 1)..].Trim();
        return new CommandText(command, arguments);
    }

    private static IEnumerable<string> RecipientMentions(Activity activity)
    {
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity.ValueKind == JsonValueKind.Object
                && entity.TryGetProperty("type", out var type) && type.GetString() == "mention"
                && entity.TryGetProperty("mentioned", out var mentioned) && mentioned.ValueKind == JsonValueKind.Object
                && mentioned.TryGetProperty("id", out var id) && id.GetString() == activity.Recipient?.Id
                && entity.TryGetProperty("text", out var mentionText) && mentionText.GetString() is { Length: > 0 } value)
            {
                yield return value;
            }
        }
    }

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AtTag();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
