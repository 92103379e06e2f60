using CxReviewBot.Cards.Agenda;
using CxReviewBot.Data;
using CxReviewBot.Features.Decisions;
using CxReviewBot.Metrics;
using CxReviewBot.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.IntegrationTests.Ledger;

/// <summary>
/// Decisions written straight to the store, as recording one does (a Decision plus its Recorded change), so the ledger,
/// minutes, judge and report can be tested before and apart from the recording form.
/// </summary>
internal static class LedgerScenario
{
    public sealed record Spec(string Text, string Owner, DateOnly Due, DateTime RecordedAtUtc)
    {
        public DecisionStatus Status { get; init; } = DecisionStatus.Open;
        public string? Touchpoint { get; init; }
        public string? Metric { get; init; }
        public double? Baseline { get; init; }
        public DateOnly? BaselinePeriodEnd { get; init; }
        public double? ExpectedChange { get; init; }
        public DateOnly? ExpectedBy { get; init; }
        public MoveOutcome? Outcome { get; init; }
        public DateTime? JudgedAtUtc { get; init; }
    }

    public static async Task<long> AddAsync(CxDbContext db, long reviewId, Spec spec)
    {
        var touchpointId = spec.Touchpoint is null ? null : (long?)await db.Set<Touchpoint>().Where(t => t.Name == spec.Touchpoint).Select(t => t.Id).SingleAsync();
        var metricId = spec.Metric is null ? null : (long?)await db.Set<Metric>().Where(m => m.Name == spec.Metric).Select(m => m.Id).SingleAsync();
        var decision = new Decision
        {
            ReviewId = reviewId,
            Text = spec.Text,
            Source = DecisionSource.Command,
            OwnerTeamsUserId = "29:" + spec.Owner.Replace(' ', '-').ToLowerInvariant(),
            OwnerName = spec.Owner,
            DueDate = spec.Due,
            TouchpointId = touchpointId,
            MetricId = metricId,
            ExpectedChange = spec.ExpectedChange,
            ExpectedBy = spec.ExpectedBy,
            BaselineValue = spec.Baseline,
            BaselinePeriodEnd = spec.BaselinePeriodEnd,
            Status = spec.Status,
            RecordedByTeamsUserId = "29:user-1",
            RecordedByName = "Avery Owner",
            RecordedAtUtc = spec.RecordedAtUtc,
            UpdatedAtUtc = spec.RecordedAtUtc,
            FormToken = Guid.NewGuid().ToString("N"),
            Outcome = spec.Outcome,
            OutcomeJudgedAtUtc = spec.JudgedAtUtc,
        };
        db.Add(decision);
        await db.SaveChangesAsync();
        db.Add(new DecisionChange
        {
            DecisionId = decision.Id,
            AtUtc = spec.RecordedAtUtc,
            ByTeamsUserId = "29:user-1",
            ByName = "Avery Owner",
            Kind = DecisionChangeKind.Recorded,
            NewValue = spec.Text,
        });
        await db.SaveChangesAsync();
        return decision.Id;
    }

    /// <summary>A review meeting Mondays 09:00 New York time (24 h lead, 60 min) with the given members.</summary>
    public static async Task<Review> AddReviewAsync(CxDbContext db, string name, string conversationId, params ReviewMember[] members)
    {
        var review = new Review
        {
            Name = name,
            ConversationId = conversationId,
            ServiceUrl = "https://smba.example/",
            ConversationType = "channel",
            Weekday = DayOfWeek.Monday,
            MeetingTime = new TimeOnly(9, 0),
            TimeZoneId = "America/New_York",
            CreatedAtUtc = new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc),
            ScheduleFromUtc = new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc),
            Members = [.. members],
        };
        db.Add(review);
        await db.SaveChangesAsync();
        return review;
    }
}
