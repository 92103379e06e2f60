using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CxReviewBot.Cards.Model;

namespace CxReviewBot.Cards;

/// <summary>
/// Checks a card against the rules Teams and our accessibility bar impose that the type system cannot:
/// schema version ≤ 1.5, alt text on every image, a verb on every Action.Execute, an id on every input, unique ids,
/// choices on every choice set, at most 60 refresh user ids, and the size budget. Builders' tests assert an empty result.
/// </summary>
public static class CardLint
{
    /// <summary>Returns one message per problem, each starting with the JSON path of the offending object.</summary>
    public static IReadOnlyList<string> Check(AdaptiveCard card)
    {
        var problems = new List<string>();
        if (!Version.TryParse(card.Version, out var version) || version > new Version(1, 5))
        {
            problems.Add($"$: version \"{card.Version}\" is above the Teams ceiling {AdaptiveCard.MaxTeamsVersion}");
        }

        if (card.Refresh is { } refresh)
        {
            if (refresh.Action is not ExecuteAction)
            {
                problems.Add("$.refresh.action: refresh must use Action.Execute");
            }

            if (refresh.UserIds?.Count > CardRefresh.MaxUserIds)
            {
                problems.Add($"$.refresh.userIds: {refresh.UserIds.Count} ids, Teams refreshes for at most {CardRefresh.MaxUserIds}");
            }
        }

        var size = CardSizeBudget.Measure(card);
        if (size > CardSizeBudget.TargetBytes)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"$: {size} bytes (UTF-16) is over the {CardSizeBudget.TargetBytes}-byte budget"));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        Walk(CardSerializer.ToJsonNode(card), problems, ids);
        return problems;
    }

    private static void Walk(JsonNode? node, List<string> problems, HashSet<string> ids)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array)
                {
                    Walk(item, problems, ids);
                }

                break;
            case JsonObject obj:
                CheckObject(obj, problems, ids);
                foreach (var (name, child) in obj)
                {
                    // Action data is the bot's own payload, not card structure.
                    if (name != "data")
                    {
                        Walk(child, problems, ids);
                    }
                }

                break;
        }
    }

    private static void CheckObject(JsonObject obj, List<string> problems, HashSet<string> ids)
    {
        var type = Text(obj, "type");
        var path = obj.GetPath();
        if (Text(obj, "id") is { } id && !ids.Add(id))
        {
            problems.Add($"{path}: duplicate id \"{id}\"");
        }

        if (type == "Image" && string.IsNullOrWhiteSpace(Text(obj, "altText")))
        {
            problems.Add($"{path}: Image without altText");
        }

        if (type == "Action.Execute" && string.IsNullOrWhiteSpace(Text(obj, "verb")))
        {
            problems.Add($"{path}: Action.Execute without verb");
        }

        if (type == "Input.ChoiceSet" && obj["choices"] is not JsonArray { Count: > 0 } && obj["choices.data"] is null)
        {
            problems.Add($"{path}: Input.ChoiceSet without choices or choices.data");
        }

        if (type?.StartsWith("Input.", StringComparison.Ordinal) == true && string.IsNullOrWhiteSpace(Text(obj, "id")))
        {
            problems.Add($"{path}: {type} without id");
        }
    }

    private static string? Text(JsonObject obj, string name) =>
        obj.TryGetPropertyValue(name, out var value) && value?.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : null;
}
