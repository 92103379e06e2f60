using System.Text.Json.Nodes;
using CxReviewBot.Cards;
using CxReviewBot.Cards.Model;

namespace CxReviewBot.UnitTests.Cards;

/// <summary>Finds objects in a card's JSON, so assertions read what Teams will receive.</summary>
internal static class CardJson
{
    public static JsonObject Of(AdaptiveCard card) => CardSerializer.ToJsonNode(card).AsObject();

    public static IEnumerable<JsonObject> OfType(AdaptiveCard card, string type) =>
        Descendants(Of(card)).Where(o => (string?)o["type"] == type);

    public static IEnumerable<JsonObject> Descendants(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var (_, child) in obj)
                {
                    foreach (var descendant in Descendants(child))
                    {
                        yield return descendant;
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var descendant in Descendants(item))
                    {
                        yield return descendant;
                    }
                }

                break;
        }
    }
}
