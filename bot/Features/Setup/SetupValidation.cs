using System.Globalization;
using CxReviewBot.Cards.Setup;
namespace CxReviewBot.Features.Setup;

/// <summary>The set-up rules: field by field, every error at once, keyed by the card's input ids.</summary>
internal static class SetupValidation
{
    public static (SetupValues? Values, Dictionary<string, string> Errors) Validate(
        SetupForm form, IReadOnlySet<string> rosterIds, IReadOnlySet<string> touchpointNames, bool nameTaken)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(form.Name))
        {
            errors[SetupFields.ReviewName] = "Give the review a name.";
        }
        else if (form.Name.Length > 100)
        {
            errors[SetupFields.ReviewName] = "Keep the name to 100 characters.";
        }
        else if (nameTaken)
        {
            errors[SetupFields.ReviewName] = $"Another review is already called '{form.Name}'. Choose another name.";
        }
        var weekday = ParseWeekday(form.Weekday);
        if (weekday is null)
        {
            errors[SetupFields.Weekday] = "Choose the day the review meets.";
        }
        var time = ParseTime(form.MeetingTime);
        if (time is null)
        {
            errors[SetupFields.MeetingTime] = "Give the meeting time as HH:mm.";
        }
        var length = ParseMeetingMinutes(form.MeetingMinutes);
        if (length is null)
        {
            errors[SetupFields.MeetingMinutes] = $"Give the meeting length as a whole number of minutes from {SetupFields.MinMeetingMinutes} to {SetupFields.MaxMeetingMinutes}.";
        }
        if (!IsTimeZone(form.TimeZone))
        {
            errors[SetupFields.TimeZone] = form.TimeZone is null ? "Choose a time zone." : $"'{form.TimeZone}' is not a time zone I know.";
        }
        var lead = ParseLead(form.LeadTimeHours);
        if (lead is null)
        {
            errors[SetupFields.LeadTimeHours] = $"Give a whole number of hours from {SetupFields.MinLeadTimeHours} to {SetupFields.MaxLeadTimeHours}.";
        }
        if (form.Members.FirstOrDefault(id => !rosterIds.Contains(id)) is { } strangerMember)
        {
            errors[SetupFields.Members] = $"Only people in this conversation can be members ({strangerMember} is not).";
        }
        if (form.CxLeads.Count == 0)
        {
            errors[SetupFields.CxLeads] = "Choose at least one CX lead.";
        }
        else if (form.CxLeads.FirstOrDefault(id => !rosterIds.Contains(id)) is { } strangerLead)
        {
            errors[SetupFields.CxLeads] = $"Only people in this conversation can be CX leads ({strangerLead} is not).";
        }
        if (form.Touchpoints.FirstOrDefault(t => !touchpointNames.Contains(t)) is { } unknown)
        {
            errors[SetupFields.Touchpoints] = $"'{unknown}' is not an imported touchpoint.";
        }
        return errors.Count > 0
            ? (null, errors)
            : (new SetupValues(form.Name!, weekday!.Value, time!.Value, length!.Value, form.TimeZone!, lead!.Value, form.Members, form.CxLeads, form.Touchpoints), errors);
    }

    public static DayOfWeek? ParseWeekday(string? text) =>
        Enum.TryParse<DayOfWeek>(text, ignoreCase: true, out var day) && Enum.IsDefined(day) && !int.TryParse(text, out _) ? day : null;

    public static TimeOnly? ParseTime(string? text) =>
        TimeOnly.TryParseExact(text, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    public static int? ParseLead(string? text) => WholeNumber(text, SetupFields.MinLeadTimeHours, SetupFields.MaxLeadTimeHours);

    public static int? ParseMeetingMinutes(string? text) => WholeNumber(text, SetupFields.MinMeetingMinutes, SetupFields.MaxMeetingMinutes);

    private static int? WholeNumber(string? text, int min, int max) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value == Math.Floor(value) && value >= min && value <= max
            ? (int)value
            : null;

    public static bool IsTimeZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }
        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }
}
