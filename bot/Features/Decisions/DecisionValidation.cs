using System.Globalization;
using CxReviewBot.Cards.Decisions;
using CxReviewBot.Metrics;

namespace CxReviewBot.Features.Decisions;

/// <summary>
/// The decision form's rules: field by field, every error at once, keyed by the card's input ids. Dates in the past
/// are refused, except a date the decision already has (editing an overdue decision must not force a new due date).
/// </summary>
internal static class DecisionValidation
{
    public static (DecisionValues? Values, Dictionary<string, string> Errors) Validate(
        DecisionForm form, IReadOnlySet<string> ownerIds, IReadOnlySet<string> touchpoints, IReadOnlySet<string> metrics,
        DateOnly today, DecisionValues? current = null)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(form.Text))
        {
            errors[DecisionFields.Text] = "Say what was decided.";
        }
        else if (form.Text.Length > DecisionFields.MaxTextLength)
        {
            errors[DecisionFields.Text] = $"Keep the decision to {DecisionFields.MaxTextLength} characters.";
        }
        if (form.Owner is null)
        {
            errors[DecisionFields.Owner] = "Choose who owns it.";
        }
        else if (!ownerIds.Contains(form.Owner))
        {
            errors[DecisionFields.Owner] = "Only a member of this review can own a decision; choose one from the list.";
        }
        var due = Date(form.DueDate, DecisionFields.DueDate, "due date", today, current?.DueDate, errors);
        if (due is null && form.DueDate is null)
        {
            errors[DecisionFields.DueDate] = "Choose a due date.";
        }
        if (form.Touchpoint is not null && !touchpoints.Contains(form.Touchpoint))
        {
            errors[DecisionFields.Touchpoint] = $"'{form.Touchpoint}' is not an imported touchpoint.";
        }
        if (form.Metric is not null && !metrics.Contains(form.Metric))
        {
            errors[DecisionFields.Metric] = $"'{form.Metric}' is not a metric in the catalogue.";
        }
        var change = Change(form.ExpectedChange, errors);
        if (change is not null && form.Metric is null)
        {
            errors[DecisionFields.Metric] = "Choose the metric the expected change is in.";
        }
        var by = Date(form.ExpectedBy, DecisionFields.ExpectedBy, "expected-by date", today, current?.ExpectedBy, errors);
        return errors.Count > 0
            ? (null, errors)
            : (new DecisionValues(form.Text!, form.Owner!, due!.Value, form.Touchpoint, form.Metric, change, change is null ? by : by ?? due), errors);
    }

    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static double? ParseNumber(string? text) =>
        double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite,
            CultureInfo.InvariantCulture, out var number) && MetricValueRange.Contains(number) ? number : null;

    private static DateOnly? Date(string? text, string field, string name, DateOnly today, DateOnly? unchanged, Dictionary<string, string> errors)
    {
        if (text is null)
        {
            return null;
        }
        if (ParseDate(text) is not { } date)
        {
            errors[field] = $"'{text}' is not a date; give the {name} as yyyy-MM-dd.";
            return null;
        }
        if (date < today && date != unchanged)
        {
            errors[field] = string.Create(CultureInfo.InvariantCulture, $"The {name} {date:yyyy-MM-dd} is in the past; choose today or later.");
            return null;
        }
        return date;
    }

    private static double? Change(string? text, Dictionary<string, string> errors)
    {
        if (text is null)
        {
            return null;
        }
        if (ParseNumber(text) is not { } change)
        {
            errors[DecisionFields.ExpectedChange] = $"'{text}' is not a number; give the change in the metric's unit, e.g. 0.3 or -5.";
            return null;
        }
        if (change == 0)
        {
            errors[DecisionFields.ExpectedChange] = "An expected change of 0 cannot be judged; leave it empty or give the change you expect.";
            return null;
        }
        return change;
    }
}
