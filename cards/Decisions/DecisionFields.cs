namespace CxReviewBot.Cards.Decisions;

/// <summary>
/// Input ids of the decision form: the keys of the values <see cref="CardVerbs.DecisionRecord"/> and
/// <see cref="CardVerbs.DecisionEdit"/> receive, and the keys of <see cref="DecisionFormView.Errors"/>.
/// </summary>
public static class DecisionFields
{
    public const string Text = "decisionText";
    public const string Owner = "owner";
    public const string DueDate = "dueDate";
    public const string Touchpoint = "touchpoint";
    public const string Metric = "metric";
    public const string ExpectedChange = "expectedChange";
    public const string ExpectedBy = "expectedBy";

    /// <summary>Every input id above, in form order.</summary>
    public static IReadOnlyList<string> All { get; } = [Text, Owner, DueDate, Touchpoint, Metric, ExpectedChange, ExpectedBy];

    public const int MaxTextLength = 1000;

    /// <summary>Under the owner input when the viewer may edit the decision but not reassign it.</summary>
    public const string OwnerLockedNote = "Only its owner, whoever recorded it, a CX lead or an admin can give it to someone else.";

    /// <summary>Origins of a form (<see cref="CardDataKeys.Origin"/>): the agenda's button or the `decide` command.</summary>
    public const string FromAgenda = "agenda";
    public const string FromCommand = "command";
}
