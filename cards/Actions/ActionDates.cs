using System.Globalization;

namespace CxReviewBot.Cards.Actions;

/// <summary>How action cards say dates: "Fri 4 Dec 2026", and how far a due date is from today.</summary>
public static class ActionDates
{
    public static string Format(DateOnly date) => date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Due(DateOnly due, DateOnly today)
    {
        var days = due.DayNumber - today.DayNumber;
        var when = days switch
        {
            < -1 => string.Create(CultureInfo.InvariantCulture, $"overdue by {-days} days"),
            -1 => "overdue by 1 day",
            0 => "due today",
            1 => "due tomorrow",
            _ => string.Create(CultureInfo.InvariantCulture, $"in {days} days"),
        };
        return $"{Format(due)} ({when})";
    }
}
