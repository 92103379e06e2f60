using CxReviewBot.Cards.Agenda;
using CxReviewBot.Features.Decisions;
namespace CxReviewBot.Features.Judge;

/// <summary>
/// "Did it move?" as a pure rule (README, "Did it move?"). The change is latest − baseline, measured along the
/// expected direction: the sign of the expected change, or the metric's better direction when none was given.
/// Moved as expected: along the direction by at least half the expected change (any amount when none was given).
/// Moved the wrong way: any change against the direction. No change: everything in between (including a move in the
/// right direction of less than half the expected change). No data: no baseline or no later value.
/// </summary>
internal static class MoveRule
{
    public const double RequiredShare = 0.5;

    /// <summary>How long after "by when" a "no data" verdict is re-checked, for values that are imported late.</summary>
    public const int NoDataGraceDays = 14;

    // Differences smaller than this are floating-point noise, not movement.
    private const double Tolerance = 1e-9;

    public static MoveOutcome Judge(double? baseline, double? latest, double? expectedChange, bool higherIsBetter)
    {
        if (baseline is not { } before || latest is not { } after)
        {
            return MoveOutcome.NoData;
        }
        var expected = expectedChange is { } e && Math.Abs(e) > Tolerance ? e : (double?)null;
        var direction = expected is { } x ? Math.Sign(x) : higherIsBetter ? 1 : -1;
        var along = (after - before) * direction;
        if (along < -Tolerance)
        {
            return MoveOutcome.MovedWrongWay;
        }
        var needed = expected is { } y ? Math.Abs(y) * RequiredShare : 0;
        return along > Tolerance && along >= needed - Tolerance ? MoveOutcome.MovedAsExpected : MoveOutcome.NoChange;
    }
}
