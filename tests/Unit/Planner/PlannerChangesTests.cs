using CxReviewBot.Features.Actions;
using CxReviewBot.Features.Planner;
namespace CxReviewBot.UnitTests.Planner;

public sealed class PlannerChangesTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly DateOnly Due = new(2026, 7, 1);

    private static (ActionItem Item, PlannerTaskSync Sync) Synced()
    {
        var item = new ActionItem { Title = "Fix email", DueDate = Due, OwnerAadObjectId = "ana", Status = ActionItemStatus.Open };
        var sync = new PlannerTaskSync();
        PlannerChanges.Accept(item, sync);
        return (item, sync);
    }

    [Fact]
    public void Unchanged_IsEmpty() => Assert.True(PlannerChanges.Of(Synced().Item, Synced().Sync, Berlin).IsEmpty);

    [Fact]
    public void Done_PushesOnlyPercentComplete()
    {
        var (item, sync) = Synced();
        item.Status = ActionItemStatus.Done;

        var changes = PlannerChanges.Of(item, sync, Berlin);

        Assert.Equal(new CxReviewBot.Graph.PlannerTaskChanges(PercentComplete: 100), changes);
    }

    [Fact]
    public void Reassigned_AssignsNewOwnerAndUnassignsOld()
    {
        var (item, sync) = Synced();
        item.OwnerAadObjectId = "ben";

        var changes = PlannerChanges.Of(item, sync, Berlin);

        Assert.Equal("ben", changes.AssigneeId);
        Assert.Equal(["ana"], changes.UnassignIds!);
        Assert.Null(changes.Title);
    }

    [Fact]
    public void DueDate_IsNoonInTheReviewsZone_AndReadsBackAsTheSameDay()
    {
        var planner = PlannerDates.ToPlanner(Due, Berlin);

        Assert.Equal(new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero), planner);
        Assert.Equal(Due, PlannerDates.FromPlanner(planner, Berlin));
        Assert.Equal(Due, PlannerDates.FromPlanner(planner, TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles")));
    }
}
