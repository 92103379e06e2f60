using CxReviewBot.Cards.Agenda;
using CxReviewBot.Cards.Model;

namespace CxReviewBot.Cards.Decisions;

/// <summary>The words (and colour, which only repeats them) for a "did it move?" outcome.</summary>
public static class MoveOutcomeText
{
    public static string Label(MoveOutcome outcome) => outcome switch
    {
        MoveOutcome.MovedAsExpected => "\u2713 Moved as expected",
        MoveOutcome.MovedWrongWay => "\u2717 Moved the wrong way",
        MoveOutcome.NoChange => "No change",
        MoveOutcome.NoData => "No data",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    public static TextColor Color(MoveOutcome outcome) => outcome switch
    {
        MoveOutcome.MovedAsExpected => TextColor.Good,
        MoveOutcome.MovedWrongWay => TextColor.Attention,
        MoveOutcome.NoChange => TextColor.Warning,
        _ => TextColor.Default,
    };
}
