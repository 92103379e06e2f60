using CxReviewBot.Features.Agenda;
using CxReviewBot.Reviews;

namespace CxReviewBot.UnitTests.Agenda;

public sealed class AgendaScheduleTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo Auckland = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland");

    private static DateTime Utc(string iso) => DateTime.SpecifyKind(DateTime.Parse(iso, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);

    [Theory]
    [InlineData("America/New_York", "2026-03-03T00:00:00", "2026-03-09T13:00:00")] // first Monday on EDT (UTC-4)
    [InlineData("America/New_York", "2026-02-24T00:00:00", "2026-03-02T14:00:00")] // last Monday on EST (UTC-5)
    [InlineData("America/New_York", "2026-10-27T00:00:00", "2026-11-02T14:00:00")] // back on EST after 1 Nov
    [InlineData("Europe/Berlin", "2026-03-24T00:00:00", "2026-03-30T07:00:00")] // CEST (UTC+2) after 29 Mar
    [InlineData("Europe/Berlin", "2026-03-17T00:00:00", "2026-03-23T08:00:00")] // CET (UTC+1)
    [InlineData("Europe/Berlin", "2026-10-20T00:00:00", "2026-10-26T08:00:00")] // CET again after 25 Oct
    [InlineData("Pacific/Auckland", "2026-03-25T00:00:00", "2026-03-29T20:00:00")] // Monday 30 Mar, NZDT (UTC+13)
    [InlineData("Pacific/Auckland", "2026-04-01T00:00:00", "2026-04-05T21:00:00")] // Monday 6 Apr, NZST (UTC+12) after 5 Apr
    [InlineData("Pacific/Auckland", "2026-09-22T00:00:00", "2026-09-27T20:00:00")] // Monday 28 Sep, NZDT again after 27 Sep
    public void MondayNineLocal_KeepsWallTimeAcrossDaylightSaving(string zone, string after, string expected)
    {
        var next = ReviewClock.NextOccurrence(DayOfWeek.Monday, new TimeOnly(9, 0), TimeZoneInfo.FindSystemTimeZoneById(zone), Utc(after));

        Assert.Equal(Utc(expected), next);
        Assert.Equal(DateTimeKind.Utc, next.Kind);
    }

    [Theory]
    [InlineData("America/New_York", "2026-03-07T00:00:00", "2026-03-08T07:30:00")] // 02:30 does not exist: 03:30 EDT
    [InlineData("Europe/Berlin", "2026-03-28T00:00:00", "2026-03-29T01:30:00")] // 02:30 does not exist: 03:30 CEST
    [InlineData("Pacific/Auckland", "2026-09-26T00:00:00", "2026-09-26T14:30:00")] // 02:30 on 27 Sep does not exist: 03:30 NZDT
    public void MeetingInSpringForwardGap_MovesForwardByTheGap(string zone, string after, string expected)
    {
        var next = ReviewClock.NextOccurrence(DayOfWeek.Sunday, new TimeOnly(2, 30), TimeZoneInfo.FindSystemTimeZoneById(zone), Utc(after));

        Assert.Equal(Utc(expected), next);
    }

    [Theory]
    [InlineData("America/New_York", "01:30", "2026-10-31T00:00:00", "2026-11-01T05:30:00")] // 01:30 EDT, not EST
    [InlineData("Europe/Berlin", "02:30", "2026-10-24T00:00:00", "2026-10-25T00:30:00")] // 02:30 CEST, not CET
    [InlineData("Pacific/Auckland", "02:30", "2026-04-03T00:00:00", "2026-04-04T13:30:00")] // 02:30 NZDT on 5 Apr, not NZST
    public void MeetingInFallBackOverlap_TakesTheEarlierInstant(string zone, string time, string after, string expected)
    {
        var next = ReviewClock.NextOccurrence(DayOfWeek.Sunday, TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture),
            TimeZoneInfo.FindSystemTimeZoneById(zone), Utc(after));

        Assert.Equal(Utc(expected), next);
    }

    [Fact]
    public void OccurrenceExactlyAtAfter_IsNotNext()
    {
        var monday = Utc("2026-03-09T13:00:00");

        Assert.Equal(Utc("2026-03-16T13:00:00"), ReviewClock.NextOccurrence(DayOfWeek.Monday, new TimeOnly(9, 0), NewYork, monday));
        Assert.Equal(monday, ReviewClock.PreviousOccurrence(DayOfWeek.Monday, new TimeOnly(9, 0), NewYork, monday));
    }

    [Fact]
    public void LeadTimeCrossingMidnightAndDaylightSaving_IsExactHoursBeforeTheMeeting()
    {
        // Monday 30 Mar 2026 00:30 CEST; 24 h before is Sunday 29 Mar 00:30 CET — the night the clocks go forward.
        var meeting = ReviewClock.NextOccurrence(DayOfWeek.Monday, new TimeOnly(0, 30), Berlin, Utc("2026-03-24T00:00:00"));
        var postAt = AgendaSchedule.PostAt(meeting, TimeSpan.FromHours(24));

        Assert.Equal(Utc("2026-03-29T22:30:00"), meeting);
        Assert.Equal(Utc("2026-03-28T22:30:00"), postAt);
        Assert.Equal(new DateTime(2026, 3, 28, 23, 30, 0), TimeZoneInfo.ConvertTimeFromUtc(postAt, Berlin));
    }

    [Fact]
    public void BeforePostTime_NothingIsDue()
    {
        var spec = Spec(NewYork, leadHours: 2);

        Assert.Null(AgendaSchedule.Due(spec, Utc("2026-03-02T14:00:00"), Utc("2026-03-09T10:59:00")));
    }

    [Fact]
    public void AtPostTime_TheComingMeetingIsDueOnTime()
    {
        var due = AgendaSchedule.Due(Spec(NewYork, leadHours: 2), Utc("2026-03-02T14:00:00"), Utc("2026-03-09T11:00:00"));

        Assert.Equal(new DueOccurrence(Utc("2026-03-09T13:00:00"), Utc("2026-03-09T11:00:00"), false), due);
    }

    [Fact]
    public void AlreadyPosted_IsNotDueAgain()
    {
        Assert.Null(AgendaSchedule.Due(Spec(NewYork, leadHours: 2), Utc("2026-03-09T13:00:00"), Utc("2026-03-09T12:00:00")));
    }

    [Fact]
    public void MissedSeveralWeeks_OnlyTheLatestIsDueAndLate()
    {
        var due = AgendaSchedule.Due(Spec(NewYork, leadHours: 2), Utc("2026-03-02T14:00:00"), Utc("2026-03-25T09:00:00"));

        Assert.NotNull(due);
        Assert.Equal(Utc("2026-03-23T13:00:00"), due.OccurrenceUtc);
        Assert.True(due.IsLate);
    }

    [Fact]
    public void PostTimeBeforeTheReviewExisted_IsNotDue()
    {
        var spec = Spec(Auckland, leadHours: 24) with { ScheduleFromUtc = Utc("2026-04-05T00:00:00") };

        // Monday 6 Apr 09:00 NZST = 5 Apr 21:00Z; its post time (4 Apr 21:00Z) precedes the review.
        Assert.Null(AgendaSchedule.Due(spec, null, Utc("2026-04-05T01:00:00")));
        Assert.Equal(Utc("2026-04-12T21:00:00"), AgendaSchedule.Due(spec, null, Utc("2026-04-11T21:00:00"))!.OccurrenceUtc);
    }

    private static AgendaScheduleSpec Spec(TimeZoneInfo zone, int leadHours) =>
        new(DayOfWeek.Monday, new TimeOnly(9, 0), zone, TimeSpan.FromHours(leadHours), Utc("2026-01-01T00:00:00"));
}
