using System.Globalization;
using CxReviewBot.Cards.Model;
using CxReviewBot.Cards.Notice;
using CxReviewBot.Cards.Setup;
using CxReviewBot.Reviews;

namespace CxReviewBot.Features.Setup;

/// <summary>The set-up card's view from a stored review or from a rejected form (input kept), and the saved notice.</summary>
internal static class SetupViews
{
    public static SetupView Of(Review review, IReadOnlyList<SetupRosterMember> roster)
    {
        var pick = review.Members.ToDictionary(m => m.TeamsUserId, m => m.AadObjectId ?? m.TeamsUserId, StringComparer.Ordinal);
        return new SetupView
        {
            ReviewId = review.Id.ToString(CultureInfo.InvariantCulture),
            ReviewName = review.Name,
            Weekday = review.Weekday,
            MeetingTime = review.MeetingTime,
            MeetingMinutes = review.MeetingMinutes,
            TimeZone = review.TimeZoneId,
            LeadTimeHours = review.LeadTimeHours,
            Roster = People(roster),
            MemberIds = review.Members.Where(m => m.Roles.HasFlag(ReviewRole.Member)).Select(m => pick[m.TeamsUserId]).ToList(),
            CxLeadIds = review.Members.Where(m => m.Roles.HasFlag(ReviewRole.CxLead)).Select(m => pick[m.TeamsUserId]).ToList(),
            TouchpointsInScope = review.TouchpointScope,
        };
    }

    public static SetupView Of(SetupForm form, IReadOnlyList<SetupRosterMember> roster, IReadOnlyDictionary<string, string> errors) => new()
    {
        ReviewName = form.Name,
        Weekday = SetupValidation.ParseWeekday(form.Weekday),
        MeetingTime = SetupValidation.ParseTime(form.MeetingTime),
        MeetingMinutes = Number(form.MeetingMinutes),
        TimeZone = form.TimeZone,
        LeadTimeHours = Number(form.LeadTimeHours),
        Roster = People(roster),
        MemberIds = form.Members,
        CxLeadIds = form.CxLeads,
        TouchpointsInScope = form.Touchpoints,
        PlannerPlanId = form.PlannerPlan,
        PlannerGroupId = form.PlannerGroup,
        Errors = errors,
    };

    public static NoticeView Saved(Review review, TimeProvider time)
    {
        var (meeting, postAt) = ReviewClock.NextAgenda(review, time.GetUtcNow().UtcDateTime);
        return new NoticeView(NoticeKind.Success, "Review saved")
        {
            Message = $"The agenda for **{Cards.CardText.EscapeMarkdown(review.Name)}** will be posted here before each meeting.",
            Facts =
            [
                new Fact("Meets", ReviewClock.MeetingText(review)),
                new Fact("Length", string.Create(CultureInfo.InvariantCulture, $"{review.MeetingMinutes} minutes (the minutes are posted after)")),
                new Fact("Next agenda", Local(postAt, review)),
                new Fact("For the meeting on", Local(meeting, review)),
                new Fact("Members", review.Members.Count.ToString(CultureInfo.InvariantCulture)),
            ],
        };
    }

    private static double? Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;

    private static string Local(DateTime utc, Review review) =>
        string.Create(CultureInfo.InvariantCulture, $"{ReviewClock.LocalTime(review, utc):dddd d MMM yyyy HH:mm} ({review.TimeZoneId})");

    private static List<RosterPerson> People(IReadOnlyList<SetupRosterMember> roster) =>
        roster.Select(p => new RosterPerson(p.PickId, p.Name)).ToList();
}
