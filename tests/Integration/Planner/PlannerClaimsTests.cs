using CxReviewBot.Features.Actions;
using CxReviewBot.Features.Decisions;
using CxReviewBot.Features.Planner;
using CxReviewBot.Reviews;
using CxReviewBot.TestKit;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.IntegrationTests.Planner;

public sealed class PlannerClaimsTests
{
    private const string Tenant = TestActivities.TenantId;
    private static readonly DateTime Now = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);
    private static readonly PlannerSyncOptions Options = new() { Lease = TimeSpan.FromMinutes(2) };

    [Theory, OnSqlite, OnPostgres]
    public async Task LeasedAction_IsNotClaimedByAnotherInstance_UntilTheLeaseExpires(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var id = await SeedAsync(database);

        await using (var a = database.Context(null))
        {
            Assert.Equal([id], await new PlannerClaims(a, Options, "a").ClaimAsync(Now, default));
        }

        await using (var b = database.Context(null))
        {
            Assert.Empty(await new PlannerClaims(b, Options, "b").ClaimAsync(Now.AddSeconds(30), default));
            // "a" crashed holding the lease: once it expires, "b" takes the action over.
            Assert.Equal([id], await new PlannerClaims(b, Options, "b").ClaimAsync(Now + Options.Lease + TimeSpan.FromSeconds(1), default));
        }

        await using var check = database.Context(Tenant);
        Assert.Equal("b", (await check.Set<PlannerTaskSync>().SingleAsync()).LeaseOwner);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task SyncedAction_IsClaimedAgainOnlyWhenALocalFieldChanges(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var id = await SeedAsync(database);
        await using (var db = database.Context(Tenant))
        {
            var item = await db.Set<ActionItem>().SingleAsync();
            db.Add(new PlannerTaskSync
            {
                ActionItemId = id,
                PlanId = "plan-1",
                TaskId = "task-1",
                ETag = "W/\"1\"",
                SyncedTitle = item.Title,
                SyncedDueDate = item.DueDate,
                SyncedAssigneeId = item.OwnerAadObjectId,
                NextAttemptUtc = Now,
            });
            await db.SaveChangesAsync();
        }

        await using (var db = database.Context(null))
        {
            Assert.Empty(await new PlannerClaims(db, Options, "a").ClaimAsync(Now, default));
        }

        await using (var db = database.Context(Tenant))
        {
            var item = await db.Set<ActionItem>().SingleAsync();
            item.Status = ActionItemStatus.Done;
            await db.SaveChangesAsync();
        }

        await using (var db = database.Context(null))
        {
            Assert.Equal([id], await new PlannerClaims(db, Options, "a").ClaimAsync(Now, default));
        }
    }

    private static async Task<long> SeedAsync(TestDatabase database)
    {
        await using var db = database.Context(Tenant);
        var review = new Review { Name = "WBR", ConversationId = "19:c", ServiceUrl = "http://127.0.0.1:9", ConversationType = "channel" };
        db.Add(review);
        await db.SaveChangesAsync();
        db.Add(new PlannerLink { ReviewId = review.Id, PlanId = "plan-1" });
        var decision = new Decision
        {
            ReviewId = review.Id,
            Text = "Fix onboarding email",
            OwnerTeamsUserId = "29:o",
            OwnerAadObjectId = "aad-o",
            OwnerName = "O",
            DueDate = new DateOnly(2026, 12, 4),
            FormToken = "t1",
            RecordedAtUtc = Now,
            UpdatedAtUtc = Now,
        };
        db.Add(decision);
        var item = DecisionActions.AddForDecision(db, decision, Now);
        await db.SaveChangesAsync();
        return item.Id;
    }
}
