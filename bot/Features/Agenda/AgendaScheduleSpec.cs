namespace CxReviewBot.Features.Agenda;

/// <summary>A review's weekly schedule as the schedule functions need it.</summary>
internal sealed record AgendaScheduleSpec(DayOfWeek Weekday, TimeOnly MeetingTime, TimeZoneInfo Zone, TimeSpan Lead, DateTime ScheduleFromUtc);
