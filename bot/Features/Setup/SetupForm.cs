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
        action.GetText(SetupFields.ReviewName)?.Trim(),
        action.GetText(SetupFields.Weekday),
        action.GetText(SetupFields.MeetingTime),
        action.GetText(SetupFields.MeetingMinutes),
        action.GetText(SetupFields.TimeZone),
        action.GetText(SetupFields.LeadTimeHours),
        List(action, SetupFields.Members),
        List(action, SetupFields.CxLeads),
        List(action, SetupFields.Touchpoints),
        action.GetText(SetupFields.PlannerPlan)?.Trim(),
        action.GetText(SetupFields.PlannerGroup)?.Trim());

    // Multi-select choice sets send their values comma-separated.
    private static IReadOnlyList<string> List(CardAction action, string name) =>
        action.GetText(name)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList() ?? [];
}
