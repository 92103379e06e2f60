using System.Globalization;
using System.Text.Json;
using CxReviewBot.Cards.Setup;
using CxReviewBot.Protocol.Routing;
namespace CxReviewBot.Features.Setup;

/// <summary>The set-up card's submitted values, as text, exactly as the user left them.</summary>
internal sealed record SetupForm(
    string? Name, string? Weekday, string? MeetingTime, string? MeetingMinutes, string? TimeZone, string? LeadTimeHours,
    IReadOnlyList<string> Members, IReadOnlyList<string> CxLeads, IReadOnlyList<string> Touchpoints,
    string? PlannerPlan = null, string? PlannerGroup = null)
{
    public static SetupForm From(CardAction action) => new(
        Text(action.Data, SetupFields.ReviewName)?.Trim(),
        Text(action.Data, SetupFields.Weekday),
        Text(action.Data, SetupFields.MeetingTime),
        Text(action.Data, SetupFields.MeetingMinutes),
        Text(action.Data, SetupFields.TimeZone),
        Text(action.Data, SetupFields.LeadTimeHours),
        List(action.Data, SetupFields.Members),
        List(action.Data, SetupFields.CxLeads),
        List(action.Data, SetupFields.Touchpoints),
        Text(action.Data, SetupFields.PlannerPlan)?.Trim(),
        Text(action.Data, SetupFields.PlannerGroup)?.Trim());

    private static string? Text(JsonElement data, string name) =>
        !data.TryGetProperty(name, out var value) ? null
        : value.ValueKind switch
        {
            JsonValueKind.String => string.IsNullOrWhiteSpace(value.GetString()) ? null : value.GetString(),
            JsonValueKind.Number => value.GetDouble().ToString(CultureInfo.InvariantCulture),
            _ => null,
        };

    // Multi-select choice sets send their values comma-separated.
    private static IReadOnlyList<string> List(JsonElement data, string name) =>
        Text(data, name)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList() ?? [];
}
