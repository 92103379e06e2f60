using CxReviewBot.Cards.Setup;
using CxReviewBot.Features.Setup;
namespace CxReviewBot.UnitTests.Agenda;

public sealed class SetupValidationTests
{
    private static readonly HashSet<string> Roster = ["aad-1", "aad-2"];
    private static readonly HashSet<string> Touchpoints = ["Billing", "Onboarding"];

    private static SetupForm Valid() => new("WBR", "Monday", "09:00", "90", "Europe/Berlin", "24", ["aad-1", "aad-2"], ["aad-1"], ["Billing"]);

    [Fact]
    public void ValidForm_GivesTypedValues()
    {
        var (values, errors) = SetupValidation.Validate(Valid(), Roster, Touchpoints, nameTaken: false);

        Assert.Empty(errors);
        Assert.Equal(new TimeOnly(9, 0), values!.MeetingTime);
        Assert.Equal(DayOfWeek.Monday, values.Weekday);
        Assert.Equal(24, values.LeadTimeHours);
        Assert.Equal(90, values.MeetingMinutes);
    }

    [Fact]
    public void EveryBadField_IsReportedAtOnce()
    {
        var form = new SetupForm(" ", "Someday", "9am", "10", "Mars/Olympus", "0.5", ["stranger"], [], ["Nowhere"]);

        var (values, errors) = SetupValidation.Validate(form, Roster, Touchpoints, nameTaken: false);

        Assert.Null(values);
        Assert.Equal(SetupFields.All.Order(StringComparer.Ordinal), errors.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("169")]
    [InlineData("2.5")]
    [InlineData("")]
    public void LeadTimeOutsideWholeHoursOneTo168_IsRejected(string lead)
    {
        var (_, errors) = SetupValidation.Validate(Valid() with { LeadTimeHours = lead }, Roster, Touchpoints, nameTaken: false);

        Assert.Contains(SetupFields.LeadTimeHours, errors.Keys);
    }

    [Theory]
    [InlineData("14")]
    [InlineData("481")]
    [InlineData("90.5")]
    [InlineData("an hour")]
    [InlineData(null)]
    public void MeetingLengthOutsideWholeMinutes15To480_IsRejected(string? minutes)
    {
        var (values, errors) = SetupValidation.Validate(Valid() with { MeetingMinutes = minutes }, Roster, Touchpoints, nameTaken: false);

        Assert.Null(values);
        Assert.Equal("Give the meeting length as a whole number of minutes from 15 to 480.", Assert.Single(errors).Value);
        Assert.Equal(SetupFields.MeetingMinutes, errors.Keys.Single());
    }

    [Theory]
    [InlineData("15", 15)]
    [InlineData("480", 480)]
    [InlineData("45.0", 45)]
    public void MeetingLengthAtOrInsideTheBounds_IsKept(string minutes, int expected) =>
        Assert.Equal(expected, SetupValidation.Validate(Valid() with { MeetingMinutes = minutes }, Roster, Touchpoints, nameTaken: false).Values!.MeetingMinutes);

    [Fact]
    public void TakenName_IsRejected()
    {
        var (_, errors) = SetupValidation.Validate(Valid(), Roster, Touchpoints, nameTaken: true);

        Assert.Equal([SetupFields.ReviewName], errors.Keys);
    }

    [Fact]
    public void WeekdayAsNumber_IsRejected()
    {
        Assert.Null(SetupValidation.ParseWeekday("3"));
        Assert.Equal(DayOfWeek.Sunday, SetupValidation.ParseWeekday("sunday"));
    }
}
