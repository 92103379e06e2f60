namespace CxReviewBot.Features.Actions;

/// <summary>
/// Where an action came from (a decision today; a check-in or a feedback case next), as the action card and the
/// Planner sync show it. The feature an action comes from implements this, so Actions knows none of them.
/// </summary>
internal interface IActionOrigin
{
    /// <returns>Null when the action did not come from this origin.</returns>
    Task<ActionOriginFacts?> FindAsync(ActionItem item, CancellationToken cancellationToken);
}

/// <param name="Text">What the action carries out (a decision's text).</param>
/// <param name="TouchpointId">The touchpoint it is about, if any: its Planner bucket.</param>
internal sealed record ActionOriginFacts(string Text, long? TouchpointId);

internal static class ActionOrigins
{
    /// <summary>What the first origin that knows <paramref name="item"/> says about it; null when none does.</summary>
    public static async Task<ActionOriginFacts?> FindAsync(this IEnumerable<IActionOrigin> origins, ActionItem item, CancellationToken cancellationToken)
    {
        foreach (var origin in origins)
        {
            if (await origin.FindAsync(item, cancellationToken) is { } facts)
            {
                return facts;
            }
        }
        return null;
    }
}
