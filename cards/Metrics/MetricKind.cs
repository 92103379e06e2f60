namespace CxReviewBot.Cards.Metrics;

/// <summary>Whether a metric measures customer experience (CSAT, NPS…) or a commercial outcome (revenue, churn…).</summary>
public enum MetricKind
{
    Experience,
    Commercial,
}
