namespace CxReviewBot.Cards.Actions;

/// <summary>Ids of the inputs on the action card, i.e. the keys of their values in the invoke data.</summary>
public static class ActionInputs
{
    public const string NewOwner = "newOwner";
    public const string UpdateText = "updateText";
    public const int UpdateMaxLength = 1000;
}
