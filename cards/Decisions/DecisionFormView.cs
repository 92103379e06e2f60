using CxReviewBot.Cards.Setup;

namespace CxReviewBot.Cards.Decisions;

/// <summary>
/// The decision form's state: a new decision (<see cref="DecisionId"/> null) or an edit of one at <see cref="Version"/>;
/// the values to show (stored ones, or what the user just submitted when re-shown with <see cref="Errors"/>, keyed by
/// <see cref="DecisionFields"/> ids); the review's members to choose the owner from and the catalogue's touchpoints and
/// metrics. <see cref="FormToken"/> is random per form and travels in the save button's data.
/// <see cref="UsePeoplePicker"/> adds Teams' conversation-member search (<c>choices.data</c>) to the owner input; it is
/// a Teams extension generic renderers reject, hence off by default. <see cref="Notice"/> is a warning shown on top
/// (e.g. "someone changed this decision meanwhile"). <see cref="OwnerLocked"/>: the viewer may edit the decision but not
/// give it to someone else, so the owner input offers only the current owner.
/// </summary>
public sealed record DecisionFormView(string ReviewId, string FormToken)
{
    public string? ReviewName { get; init; }

    public string? DecisionId { get; init; }

    public int? Version { get; init; }

    public string Origin { get; init; } = DecisionFields.FromCommand;

    public string? Text { get; init; }

    public string? OwnerId { get; init; }

    public DateOnly? DueDate { get; init; }

    public string? Touchpoint { get; init; }

    public string? Metric { get; init; }

    public double? ExpectedChange { get; init; }

    public DateOnly? ExpectedBy { get; init; }

    public IReadOnlyList<RosterPerson> Owners { get; init; } = [];

    public IReadOnlyList<string> Touchpoints { get; init; } = [];

    public IReadOnlyList<MetricOption> Metrics { get; init; } = [];

    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    public bool UsePeoplePicker { get; init; }

    public string? Notice { get; init; }

    public bool OwnerLocked { get; init; }
}
