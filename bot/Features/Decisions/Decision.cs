using CxReviewBot.Cards.Agenda;
using CxReviewBot.Data;
using CxReviewBot.Features.Actions;
namespace CxReviewBot.Features.Decisions;

/// <summary>
/// What a review decided, who owns it and by when, the touchpoint and metric it is meant to move and by how much
/// (<see cref="ExpectedChange"/> in the metric's unit, signed), the metric's value when it was decided, and later the
/// measured effect. <see cref="FormToken"/> comes from the form that recorded it, so a repeated invoke records once.
/// </summary>
internal sealed class Decision : ITenantOwned
{
    public long Id { get; set; }
    public string TenantId { get; set; } = "";
    public long ReviewId { get; set; }
    public string Text { get; set; } = "";
    public DecisionSource Source { get; set; }
    public long? EscalationId { get; set; }

    public string OwnerTeamsUserId { get; set; } = "";
    public string? OwnerAadObjectId { get; set; }
    public string OwnerName { get; set; } = "";
    public DateOnly DueDate { get; set; }

    public long? TouchpointId { get; set; }
    public long? MetricId { get; set; }
    public double? ExpectedChange { get; set; }
    public DateOnly? ExpectedBy { get; set; }
    public double? BaselineValue { get; set; }
    public DateOnly? BaselinePeriodEnd { get; set; }

    public DecisionStatus Status { get; set; }
    public string RecordedByTeamsUserId { get; set; } = "";
    public string RecordedByName { get; set; } = "";
    public DateTime RecordedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public DateTime? ClosedAtUtc { get; set; }
    public string FormToken { get; set; } = "";

    public MoveOutcome? Outcome { get; set; }
    public double? OutcomeValue { get; set; }
    public DateOnly? OutcomePeriodEnd { get; set; }
    public DateTime? OutcomeJudgedAtUtc { get; set; }

    /// <summary>Bumped on every change; concurrent edits from two cards fail instead of overwriting each other.</summary>
    public int Version { get; set; }

    /// <summary>The action(s) carrying it out; loaded only when asked for, set when recording links the new action.</summary>
    public List<ActionItem> Actions { get; set; } = [];
}
