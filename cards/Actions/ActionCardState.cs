namespace CxReviewBot.Cards.Actions;

public enum ActionCardState
{
    Open,
    Done,
    Cancelled,
}
