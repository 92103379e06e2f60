namespace CxReviewBot.Graph;

/// <summary>
/// A user's working hours from mailbox settings. <see cref="IanaTimeZone"/> is null when the zone is neither an IANA id
/// nor a Windows id convertible to one (e.g. a custom zone); <see cref="Start"/>/<see cref="End"/> are in that zone.
/// </summary>
internal sealed record MailboxWorkingHours(
    string? IanaTimeZone,
    IReadOnlyList<DayOfWeek> WorkingDays,
    TimeOnly? Start,
    TimeOnly? End);
