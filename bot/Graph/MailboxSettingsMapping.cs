using Microsoft.Graph.Models;

namespace CxReviewBot.Graph;

internal static class MailboxSettingsMapping
{
    public static MailboxWorkingHours ToWorkingHours(MailboxSettings settings, string userAadId, ILogger logger)
    {
        var hours = settings.WorkingHours;
        // Working hours carry their own zone; the mailbox zone is the user's display zone and the fallback.
        var zone = NonEmpty(hours?.TimeZone?.Name) ?? NonEmpty(settings.TimeZone);
        var iana = zone is null ? null : ToIana(zone);
        if (zone is not null && iana is null)
        {
            GraphLog.UnknownTimeZone(logger, zone, userAadId);
        }

        var days = hours?.DaysOfWeek?.Where(d => d is not null).Select(d => ToDayOfWeek(d!.Value)).Distinct().Order().ToList() ?? [];
        return new MailboxWorkingHours(iana, days, ToTime(hours?.StartTime), ToTime(hours?.EndTime));
    }

    /// <summary>Exchange reports Windows zone names ("W. Europe Standard Time") or IANA ids; we keep IANA.</summary>
    public static string? ToIana(string zone)
    {
        if (TimeZoneInfo.TryConvertWindowsIdToIanaId(zone, out var iana))
        {
            return iana;
        }

        return TimeZoneInfo.TryConvertIanaIdToWindowsId(zone, out _) || zone == "UTC" ? zone : null;
    }

    private static TimeOnly? ToTime(Microsoft.Kiota.Abstractions.Time? time) =>
        time is null ? null : TimeOnly.FromDateTime(time.Value.DateTime);

    private static DayOfWeek ToDayOfWeek(DayOfWeekObject day) => day switch
    {
        DayOfWeekObject.Sunday => DayOfWeek.Sunday,
        DayOfWeekObject.Monday => DayOfWeek.Monday,
        DayOfWeekObject.Tuesday => DayOfWeek.Tuesday,
        DayOfWeekObject.Wednesday => DayOfWeek.Wednesday,
        DayOfWeekObject.Thursday => DayOfWeek.Thursday,
        DayOfWeekObject.Friday => DayOfWeek.Friday,
        _ => DayOfWeek.Saturday,
    };

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
