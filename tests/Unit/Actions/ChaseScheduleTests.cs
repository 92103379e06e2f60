using CxReviewBot.Features.Actions;
using CxReviewBot.People;
namespace CxReviewBot.UnitTests.Actions;

public sealed class ChaseScheduleTests
{
    private static readonly WorkingHours Berlin = WorkingHours.Default("Europe/Berlin");
    private static readonly HashSet<DateOnly> NoQuietDays = [];
    private static readonly DateOnly FridayDec4 = new(2026, 12, 4);

    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    private static ChaseScheduleSend? Next(ChaseScheduleInput input, DateTimeOffset now) => ChaseSchedule.Next(input, now, ChaseScheduleRules.Default);

    [Fact]
    public void BeforeDue_RemindsAtOpeningOfTheWorkingDayBefore()
    {
        var next = Next(new ChaseScheduleInput(FridayDec4, Berlin, NoQuietDays), Utc(11, 30, 10));

        Assert.Equal(new ChaseScheduleSend(ChaseScheduleKind.Reminder, Utc(12, 3, 8)), next);
    }

    [Fact]
    public void DueOnMonday_RemindsOnFridayNotTheWeekend()
    {
        var next = Next(new ChaseScheduleInput(new DateOnly(2026, 12, 7), Berlin, NoQuietDays), Utc(11, 30, 10));

        Assert.Equal(Utc(12, 4, 8), next!.AtUtc);
    }

    [Fact]
    public void QuietDayBeforeDue_IsSkipped()
    {
        var next = Next(new ChaseScheduleInput(FridayDec4, Berlin, new HashSet<DateOnly> { new(2026, 12, 3) }), Utc(11, 30, 10));

        Assert.Equal(Utc(12, 2, 8), next!.AtUtc);
    }

    [Fact]
    public void ReminderMissedAfterHours_IsSentNextMorningWhileNotOverdue()
    {
        var next = Next(new ChaseScheduleInput(FridayDec4, Berlin, NoQuietDays), Utc(12, 3, 16, 30));

        Assert.Equal(new ChaseScheduleSend(ChaseScheduleKind.Reminder, Utc(12, 4, 8)), next);
    }

    [Fact]
    public void ReminderDueInsideWorkingHours_IsSentNow()
    {
        var now = Utc(12, 3, 10, 15);

        Assert.Equal(now, Next(new ChaseScheduleInput(FridayDec4, Berlin, NoQuietDays), now)!.AtUtc);
    }

    [Fact]
    public void NewYorkDstWeek_ReminderInDaylightTime_NudgeInStandardTime()
    {
        var newYork = WorkingHours.Default("America/New_York");
        var dueMonday = new DateOnly(2026, 11, 2);

        var reminder = Next(new ChaseScheduleInput(dueMonday, newYork, NoQuietDays), Utc(10, 26, 12));
        var nudge = Next(new ChaseScheduleInput(dueMonday, newYork, NoQuietDays, LastReminderUtc: Utc(10, 30, 13)), Utc(10, 30, 13, 5));

        Assert.Equal(new ChaseScheduleSend(ChaseScheduleKind.Reminder, Utc(10, 30, 13)), reminder);
        Assert.Equal(new ChaseScheduleSend(ChaseScheduleKind.Nudge, Utc(11, 3, 14)), nudge);
    }

    [Fact]
    public void Kolkata_HalfHourOffset()
    {
        var kolkata = WorkingHours.Default("Asia/Kolkata");

        var next = Next(new ChaseScheduleInput(new DateOnly(2026, 12, 2), kolkata, NoQuietDays), Utc(11, 30, 12));

        Assert.Equal(Utc(12, 1, 3, 30), next!.AtUtc);
    }

    [Fact]
    public void Auckland_MailboxHours_LandOnTheirFridayMorning()
    {
        var auckland = WorkingHours.FromMailboxOrDefault(
            "Pacific/Auckland", [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
            new TimeOnly(8, 30), new TimeOnly(16, 30), "Europe/Berlin");

        var next = Next(new ChaseScheduleInput(new DateOnly(2026, 12, 7), auckland, NoQuietDays), Utc(11, 30, 12));

        Assert.Equal(Utc(12, 3, 19, 30), next!.AtUtc);
    }

    [Fact]
    public void Overdue_FirstNudgeOnNextWorkingDay()
    {
        var input = new ChaseScheduleInput(FridayDec4, Berlin, NoQuietDays, LastReminderUtc: Utc(12, 3, 8));

        Assert.Equal(new ChaseScheduleSend(ChaseScheduleKind.Nudge, Utc(12, 7, 8)), Next(input, Utc(12, 5, 10)));
    }

    [Fact]
    public void Overdue_NoReminderSent_NudgesInsteadOfLateReminder()
    {
        var next = Next(new ChaseScheduleInput(FridayDec4, Berlin, NoQuietDays), Utc(12, 7, 10));

        Assert.Equal(new ChaseScheduleSend(ChaseScheduleKind.Nudge, Utc(12, 7, 10)), next);
    }

    [Fact]
    public void AfterANudge_NextNudgeFollowsTheCadence()
    {
        var input = new ChaseScheduleInput(FridayDec4, Berlin, NoQuietDays, LastReminderUtc: Utc(12, 3, 8), LastNudgeUtc: Utc(12, 7, 8));

        Assert.Equal(new ChaseScheduleSend(ChaseScheduleKind.Nudge, Utc(12, 9, 8)), Next(input, Utc(12, 7, 9)));
    }

    [Fact]
    public void AfterGrace_EscalatesToTheManagerInTheManagersHours()
    {
        var input = new ChaseScheduleInput(FridayDec4, Berlin, NoQuietDays, LastReminderUtc: Utc(12, 3, 8), LastNudgeUtc: Utc(12, 9, 8));
        var withManagerInNewYork = input with { ManagerHours = WorkingHours.Default("America/New_York") };

        Assert.Equal(new ChaseScheduleSend(ChaseScheduleKind.ManagerEscalation, Utc(12, 10, 8)), Next(input, Utc(12, 9, 9)));
        Assert.Equal(new ChaseScheduleSend(ChaseScheduleKind.ManagerEscalation, Utc(12, 10, 14)), Next(withManagerInNewYork, Utc(12, 9, 9)));
    }

    [Fact]
    public void AfterEscalation_OnlyNudgesContinue()
    {
        var input = new ChaseScheduleInput(
            FridayDec4, Berlin, NoQuietDays, LastReminderUtc: Utc(12, 3, 8), LastNudgeUtc: Utc(12, 9, 8), EscalatedUtc: Utc(12, 10, 8));

        Assert.Equal(new ChaseScheduleSend(ChaseScheduleKind.Nudge, Utc(12, 11, 8)), Next(input, Utc(12, 10, 9)));
    }

    [Fact]
    public void Snoozed_WaitsUntilTheSnoozeEnds()
    {
        var input = new ChaseScheduleInput(FridayDec4, Berlin, NoQuietDays, LastReminderUtc: Utc(12, 3, 8), SnoozedUntilUtc: Utc(12, 9, 12));

        Assert.Equal(new ChaseScheduleSend(ChaseScheduleKind.Nudge, Utc(12, 9, 12)), Next(input, Utc(12, 7, 7)));
    }

    [Fact]
    public void SnoozeEndingAfterHours_MovesToTheNextWorkingMorning()
    {
        var input = new ChaseScheduleInput(FridayDec4, Berlin, NoQuietDays, LastReminderUtc: Utc(12, 3, 8), SnoozedUntilUtc: Utc(12, 4, 20));

        Assert.Equal(Utc(12, 7, 8), Next(input, Utc(12, 4, 9))!.AtUtc);
    }

    [Fact]
    public void Done_NothingIsSent()
    {
        var input = new ChaseScheduleInput(FridayDec4, Berlin, NoQuietDays, IsDone: true, LastNudgeUtc: Utc(12, 9, 8));

        Assert.Null(Next(input, Utc(12, 9, 9)));
    }

    [Fact]
    public void NoUsableMailboxHours_FallsBackToReviewZoneWeekdaysNineToFive()
    {
        var hours = WorkingHours.FromMailboxOrDefault(null, [DayOfWeek.Monday], new TimeOnly(7, 0), new TimeOnly(15, 0), "Asia/Kolkata");

        Assert.Equal(WorkingHours.Default("Asia/Kolkata").Zone, hours.Zone);
        Assert.Equal(5, hours.Days.Count);
        Assert.Equal((new TimeOnly(9, 0), new TimeOnly(17, 0)), (hours.Start, hours.End));
    }

    [Theory]
    [InlineData("America/New_York")]
    [InlineData("Europe/Berlin")]
    [InlineData("Asia/Kolkata")]
    [InlineData("Pacific/Auckland")]
    public void EverySend_FallsInsideWorkingHoursOnAWorkingNonQuietDay(string zone)
    {
        var hours = WorkingHours.Default(zone);
        HashSet<DateOnly> quiet = [new(2026, 11, 3), new(2026, 11, 10)];
        var input = new ChaseScheduleInput(new DateOnly(2026, 11, 2), hours, quiet);
        var now = Utc(10, 20, 0);
        for (var sends = 0; sends < 8; sends++)
        {
            var next = ChaseSchedule.Next(input, now, ChaseScheduleRules.Default)!;
            var local = TimeZoneInfo.ConvertTime(next.AtUtc, hours.Zone);
            Assert.True(hours.IsWorkingDay(DateOnly.FromDateTime(local.DateTime), quiet), $"{next} is not on a working day");
            Assert.InRange(TimeOnly.FromDateTime(local.DateTime), hours.Start, hours.End);
            Assert.True(next.AtUtc >= now);
            input = next.Kind switch
            {
                ChaseScheduleKind.Reminder => input with { LastReminderUtc = next.AtUtc },
                ChaseScheduleKind.Nudge => input with { LastNudgeUtc = next.AtUtc },
                _ => input with { EscalatedUtc = next.AtUtc },
            };
            now = next.AtUtc.AddMinutes(1);
        }

        Assert.NotNull(input.EscalatedUtc);
    }
}
