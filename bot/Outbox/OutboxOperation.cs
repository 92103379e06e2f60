namespace CxReviewBot.Outbox;

internal enum OutboxOperation
{
    /// <summary>Post a new activity to a known conversation.</summary>
    Send = 0,

    /// <summary>Replace an activity already posted (a card updated in place).</summary>
    Update = 1,

    /// <summary>Open (or reuse) the 1:1 chat with a user, then post.</summary>
    SendPersonal = 2,
}
