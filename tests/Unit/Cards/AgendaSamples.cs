using System.Globalization;
using CxReviewBot.Cards.Agenda;
using CxReviewBot.Cards.Metrics;

namespace CxReviewBot.UnitTests.Cards;

/// <summary>Deterministic agenda views for the golden and paging tests.</summary>
internal static class AgendaSamples
{
    public static readonly DateOnly AsOf = new(2026, 11, 23);

    public static readonly IReadOnlyList<double?> Trend = [41, 42, 40, null, 43, 44, 42, 45, 46, 44];

    public static AgendaView Empty() => new("rev-1", "Weekly business review", AsOf) { MeetingTime = "Monday 09:00 (Europe/Berlin)" };

    public static MetricLine Nps(MetricStatus status = MetricStatus.OffTarget) => new("NPS", MetricKind.Experience, MetricUnit.Score)
    {
        Value = 42,
        Previous = 45,
        Target = 50,
        Status = status,
        DecisionIfCrossed = "Put a senior agent on every detractor call back within 24 hours.",
        Trend = Trend,
    };

    public static MetricLine Revenue() => new("Revenue", MetricKind.Commercial, MetricUnit.Currency)
    {
        Value = 1_240_000,
        Previous = 1_180_000,
        Target = 1_200_000,
        Status = MetricStatus.OnTrack,
        Trend = [1_000_000, 1_050_000, 1_100_000, 1_180_000, 1_240_000, 1_200_000, 1_210_000, 1_240_000],
    };

    public static MetricLine Churn() => new("Churn", MetricKind.Commercial, MetricUnit.Percent)
    {
        Value = 2.4,
        Previous = 2.1,
        Target = 2,
        Status = MetricStatus.DecisionNeeded,
        DecisionIfCrossed = "Offer annual plans a 10% renewal discount.",
        Trend = [1.8, 1.9, 2.0, 2.1, 2.1, 2.2, 2.1, 2.4],
    };

    public static MetricLine NoData(string name, MetricKind kind, MetricUnit unit) => new(name, kind, unit);

    public static TouchpointSummary Touchpoint(string name, MetricStatus status, string? owner = "Ada Lovelace") => new(name, "Support")
    {
        OwnerName = owner,
        WorstStatus = status,
        // Targets follow the status, so the sample reads true: on track means at or above target.
        ExperienceMetrics = [Nps(status) with { Name = "CSAT", Unit = MetricUnit.Score, Value = 4.1, Previous = 4.3, Target = status == MetricStatus.OnTrack ? 4 : 4.5 }],
        CommercialMetrics = [Revenue() with { Name = "Renewal rate", Unit = MetricUnit.Percent, Value = 91.5, Previous = 90, Target = status == MetricStatus.OnTrack ? 90 : 92, Status = status }],
        CheckInAnswer = "Queue times are down; *two* new hires start Monday.",
        LinkageInsight = "Promoters here renew at 94%, detractors at 61%.",
    };

    public static AgendaView EveryStatus() => Empty() with
    {
        Touchpoints =
        [
            Touchpoint("Renewal call", MetricStatus.OnTrack),
            Touchpoint("Support chat", MetricStatus.NoData, owner: null),
            Touchpoint("Billing", MetricStatus.OffTarget),
            Touchpoint("Onboarding", MetricStatus.DecisionNeeded),
        ],
    };

    /// <summary><paramref name="count"/> touchpoints cycling through every status, named so sorting is visible.</summary>
    public static AgendaView Many(int count, int page = 1)
    {
        MetricStatus[] statuses = [MetricStatus.OnTrack, MetricStatus.OffTarget, MetricStatus.NoData, MetricStatus.DecisionNeeded];
        var touchpoints = Enumerable.Range(1, count)
            .Select(i => Touchpoint(string.Create(CultureInfo.InvariantCulture, $"Touchpoint {i:00}"), statuses[i % statuses.Length], i % 7 == 0 ? null : "Grace Hopper"))
            .ToList();
        return Empty() with { Headline = [Revenue(), Churn(), Nps()], Touchpoints = touchpoints, Page = page };
    }

    /// <summary>50 touchpoints whose every text is as long as the card allows, to exercise the size budget.</summary>
    public static AgendaView WorstCase()
    {
        var longText = string.Concat(Enumerable.Repeat("Überlänge \u26A0 ", 60));
        MetricLine Long(int i, MetricKind kind) => new(longText, kind, MetricUnit.Currency)
        {
            Value = 1_234_567 + i,
            Previous = 1_000_000,
            Target = 2_000_000,
            Status = MetricStatus.DecisionNeeded,
            DecisionIfCrossed = longText,
            Trend = [.. Enumerable.Range(0, 12).Select(x => (double?)(x * i % 11))],
        };
        var touchpoints = Enumerable.Range(1, 50).Select(i => new TouchpointSummary(longText + i.ToString(CultureInfo.InvariantCulture), longText)
        {
            OwnerName = longText,
            WorstStatus = MetricStatus.DecisionNeeded,
            ExperienceMetrics = [.. Enumerable.Range(0, 8).Select(m => Long(m, MetricKind.Experience))],
            CommercialMetrics = [.. Enumerable.Range(0, 8).Select(m => Long(m, MetricKind.Commercial))],
            CheckInAnswer = longText,
            LinkageInsight = longText,
        }).ToList();
        return Empty() with
        {
            ReviewName = longText,
            MeetingTime = longText,
            Notice = longText,
            Occurrence = "2026-11-09T14:00:00Z",
            Headline = [.. Enumerable.Range(0, 6).Select(m => Long(m, MetricKind.Commercial))],
            Touchpoints = touchpoints,
            Escalations = [.. Enumerable.Range(0, 15).Select(_ => new EscalationSummary(longText, [longText, longText], longText))],
            OverdueActions = [.. Enumerable.Range(0, 15).Select(i => new OverdueAction(longText, longText, AsOf.AddDays(-i), i))],
            MoveResults = [.. Enumerable.Range(0, 15).Select(_ => new MoveResult(longText, MoveOutcome.MovedWrongWay))],
        };
    }

    /// <summary>A scheduled agenda that went out after its posting time, as the scheduler posts it.</summary>
    public static AgendaView PostedLate() => Many(3) with
    {
        Notice = "Posted late: this agenda was due Sun 8 Nov 09:00 (America/New_York) but the bot could not post it then.",
        Occurrence = "2026-11-09T14:00:00Z",
    };

    public static AgendaView WithSections() => Empty() with
    {
        Headline = [Revenue(), Churn()],
        Touchpoints = [Touchpoint("Billing", MetricStatus.OffTarget)],
        Escalations = [new EscalationSummary("Discounting vs. renewal margin", ["Sales", "Finance"], "Sales wants 20% renewal discounts to stop churn; finance wants margin held at 70%.")],
        OverdueActions =
        [
            new OverdueAction("Call every detractor from October", "Grace Hopper", new DateOnly(2026, 11, 20), 3),
            new OverdueAction("Fix the invoice PDF", "Alan Turing", new DateOnly(2026, 11, 22), 1),
        ],
        MoveResults =
        [
            new MoveResult("Shorter onboarding call", MoveOutcome.MovedAsExpected),
            new MoveResult("Price increase for SMB", MoveOutcome.MovedWrongWay),
            new MoveResult("New help centre", MoveOutcome.NoChange),
            new MoveResult("Chat in the app", MoveOutcome.NoData),
        ],
    };
}
