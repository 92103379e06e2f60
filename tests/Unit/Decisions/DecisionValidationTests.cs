using CxReviewBot.Cards.Decisions;
using CxReviewBot.Features.Decisions;
namespace CxReviewBot.UnitTests.Decisions;

public sealed class DecisionValidationTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly HashSet<string> Owners = new(["aad-1", "aad-2"], StringComparer.Ordinal);
    private static readonly HashSet<string> Touchpoints = new(["Onboarding"], StringComparer.Ordinal);
    private static readonly HashSet<string> Metrics = new(["CSAT"], StringComparer.Ordinal);

    private static DecisionForm Valid() => new("Call detractors", "aad-2", "2026-11-30", "Onboarding", "CSAT", "0.3", "2026-12-31");

    private static (DecisionValues? Values, Dictionary<string, string> Errors) Run(DecisionForm form, DecisionValues? current = null) =>
        DecisionValidation.Validate(form, Owners, Touchpoints, Metrics, Today, current);

    [Fact]
    public void ValidForm_GivesTypedValues()
    {
        var (values, errors) = Run(Valid());

        Assert.Empty(errors);
        Assert.Equal(new DecisionValues("Call detractors", "aad-2", new DateOnly(2026, 11, 30), "Onboarding", "CSAT", 0.3, new DateOnly(2026, 12, 31)), values);
    }

    [Fact]
    public void EmptyForm_ReportsEveryRequiredField()
    {
        var (values, errors) = Run(new DecisionForm(null, null, null, null, null, null, null));

        Assert.Null(values);
        Assert.Equal([DecisionFields.Text, DecisionFields.DueDate, DecisionFields.Owner], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("2026-11-22", "is in the past")]
    [InlineData("30/11/2026", "is not a date")]
    [InlineData("2026-02-30", "is not a date")]
    public void BadDueDate_IsRefused(string due, string message)
    {
        var (values, errors) = Run(Valid() with { DueDate = due });

        Assert.Null(values);
        Assert.Contains(message, errors[DecisionFields.DueDate], StringComparison.Ordinal);
    }

    [Fact]
    public void PastDueDateTheDecisionAlreadyHas_IsKeptOnEdit()
    {
        var current = new DecisionValues("Call detractors", "aad-2", new DateOnly(2026, 11, 20), null, null, null, null);

        var (values, errors) = Run(Valid() with { DueDate = "2026-11-20", ExpectedBy = null }, current);

        Assert.Empty(errors);
        Assert.Equal(new DateOnly(2026, 11, 20), values!.DueDate);
    }

    [Theory]
    [InlineData("stranger", DecisionFields.Owner)]
    public void UnknownOwner_IsRefused(string owner, string field) => Assert.Contains(field, Run(Valid() with { Owner = owner }).Errors.Keys);

    [Fact]
    public void UnknownTouchpointOrMetric_IsRefused()
    {
        var (_, errors) = Run(Valid() with { Touchpoint = "Billing", Metric = "NPSS" });

        Assert.Equal("'Billing' is not an imported touchpoint.", errors[DecisionFields.Touchpoint]);
        Assert.Equal("'NPSS' is not a metric in the catalogue.", errors[DecisionFields.Metric]);
    }

    [Theory]
    [InlineData("a lot", "is not a number")]
    [InlineData("1,5", "is not a number")]
    [InlineData("0", "cannot be judged")]
    public void BadExpectedChange_IsRefused(string change, string message) =>
        Assert.Contains(message, Run(Valid() with { ExpectedChange = change }).Errors[DecisionFields.ExpectedChange], StringComparison.Ordinal);

    [Fact]
    public void NegativeChange_IsAccepted() => Assert.Equal(-5, Run(Valid() with { ExpectedChange = "-5" }).Values!.ExpectedChange);

    [Fact]
    public void ChangeWithoutMetric_AsksForTheMetric() =>
        Assert.Equal("Choose the metric the expected change is in.", Run(Valid() with { Metric = null }).Errors[DecisionFields.Metric]);

    [Fact]
    public void ChangeWithoutExpectedBy_DefaultsToTheDueDate() =>
        Assert.Equal(new DateOnly(2026, 11, 30), Run(Valid() with { ExpectedBy = null }).Values!.ExpectedBy);

    [Fact]
    public void TooLongText_IsRefused() =>
        Assert.Contains(DecisionFields.Text, Run(Valid() with { Text = new string('x', DecisionFields.MaxTextLength + 1) }).Errors.Keys);
}
