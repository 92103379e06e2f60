using CxReviewBot.Cards.Setup;
using CxReviewBot.Features.Setup;

namespace CxReviewBot.UnitTests.Agenda;

public sealed class SetupValidationTests
{
    private static readonly HashSet<string> Roster = ["aad-1", "aad-2"];
    private static readonly HashSet<string> Touchpoints = ["Billing", "Onboarding"];

    private static SetupForm Valid() => new("WBR", "Monday", "09:00", "Europe/Berlin", "24", ["aad-1", "aad-2"], ["aad-1"], ["Billing"]);

    [Fact]
    public void ValidForm_GivesTypedValues()
    {
        var (values, errors) = SetupValidation.Validate(Valid(), Roster, Touchpoints, nameTaken: false);

        Assert.Empty(errors);
        Assert.Equal(new TimeOnly(9, 0), values!.MeetingTime);
        Assert.Equal(DayOfWeek.Monday, values.Weekday);
        Assert.Equal(24, values.LeadTimeHours);
    }

    [Fact]
    public void EveryBadField_IsReportedAtOnce()
    {
        var form = new SetupForm(" ", "Someday", "9am", "Mars/Olympus", "0.5", ["stranger"], [], ["Nowhere"]);

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
