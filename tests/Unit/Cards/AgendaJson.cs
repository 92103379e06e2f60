using CxReviewBot.Cards;
using CxReviewBot.Cards.Model;

namespace CxReviewBot.UnitTests.Cards;

/// <summary>Reads what an agenda card shows, from its JSON.</summary>
internal static class AgendaJson
{
    /// <summary>The touchpoints on the card, in order, from their Record decision buttons.</summary>
    public static List<string> Touchpoints(AdaptiveCard card) =>
        [.. CardJson.OfType(card, "Action.Execute")
            .Where(a => (string?)a["verb"] == CardVerbs.DecisionRecord)
            .Select(a => (string)a["data"]![CardDataKeys.Touchpoint]!)];

    public static List<string> Texts(AdaptiveCard card) => [.. CardJson.OfType(card, "TextBlock").Select(t => (string)t["text"]!)];

    /// <summary>The bold summary line under the headline.</summary>
    public static string Summary(AdaptiveCard card) =>
        Texts(card).Single(t => t.Contains("showing", StringComparison.Ordinal) || t.StartsWith("No touchpoints", StringComparison.Ordinal));

    public static (string Title, string Page)[] PageButtons(AdaptiveCard card) =>
        [.. (CardJson.Of(card)["actions"]?.AsArray() ?? [])
            .Where(a => (string?)a!["verb"] == CardVerbs.AgendaPage)
            .Select(a => ((string)a!["title"]!, (string)a["data"]![CardDataKeys.Page]!))];
}
