using System.Globalization;
using CxReviewBot.Metrics;

namespace CxReviewBot.Features.Decisions;

/// <summary>What an edit would change, field by field (pure: compares the stored decision with validated values).</summary>
internal static class DecisionDiff
{
    public static List<DecisionFieldChange> Of(Decision decision, DecisionValues values, DecisionChoices choices)
    {
        var owner = choices.Owners[values.OwnerId];
        var touchpointId = values.Touchpoint is null ? null : (long?)choices.Touchpoints[values.Touchpoint].Id;
        var metricId = values.Metric is null ? null : (long?)choices.Metrics[values.Metric].Id;
        var changes = new List<DecisionFieldChange>();
        Add(changes, DecisionFieldChange.Text, decision.Text, values.Text);
        if (owner.TeamsUserId != decision.OwnerTeamsUserId)
        {
            changes.Add(new(DecisionFieldChange.Owner, decision.OwnerName, owner.Name));
        }
        Add(changes, DecisionFieldChange.DueDate, Date(decision.DueDate), Date(values.DueDate));
        if (touchpointId != decision.TouchpointId)
        {
            changes.Add(new(DecisionFieldChange.Touchpoint, Name(choices.Touchpoints.Values, decision.TouchpointId), values.Touchpoint));
        }
        if (metricId != decision.MetricId)
        {
            changes.Add(new(DecisionFieldChange.Metric, Name(choices.Metrics.Values, decision.MetricId), values.Metric));
        }
        Add(changes, DecisionFieldChange.ExpectedChange, Number(decision.ExpectedChange), Number(values.ExpectedChange));
        Add(changes, DecisionFieldChange.ExpectedBy, Date(decision.ExpectedBy), Date(values.ExpectedBy));
        return changes;
    }

    private static void Add(List<DecisionFieldChange> changes, string field, string? old, string? now)
    {
        if (!string.Equals(old, now, StringComparison.Ordinal))
        {
            changes.Add(new(field, old, now));
        }
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private static string? Name(IEnumerable<Touchpoint> touchpoints, long? id) => id is null ? null : touchpoints.FirstOrDefault(t => t.Id == id)?.Name ?? $"#{id}";

    private static string? Name(IEnumerable<Metric> metrics, long? id) => id is null ? null : metrics.FirstOrDefault(m => m.Id == id)?.Name ?? $"#{id}";
}
