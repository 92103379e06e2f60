namespace CxReviewBot.Cards.Agenda;

/// <summary>Whether the metric a decision targeted moved once its review window passed (product.md, "Did it move?").</summary>
public enum MoveOutcome
{
    MovedAsExpected,
    MovedWrongWay,
    NoChange,
    NoData,
}
