namespace CxReviewBot.Reviews;

/// <summary>What a change touches, for <see cref="ReviewAccess.MayChange"/>.</summary>
internal enum WorkField
{
    /// <summary>A decision's text, dates and target.</summary>
    Details,

    /// <summary>Who owns the decision and its action.</summary>
    Owner,

    /// <summary>Done, snooze, updates on the action.</summary>
    Progress,
}
