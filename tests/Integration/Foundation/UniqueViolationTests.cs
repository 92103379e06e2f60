using CxReviewBot.Data;
using CxReviewBot.Data.Conversations;
using CxReviewBot.TestKit;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.IntegrationTests.Foundation;

/// <summary>The one rule for "the row is already there" against real errors of both providers.</summary>
public sealed class UniqueViolationTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task DuplicateKey_IsAUniqueViolation_OtherErrorsAreNot(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using (var db = database.Context(TestActivities.TenantId))
        {
            db.Add(new ProcessedActivity { ConversationId = "a:1", ActivityId = "1", ReceivedAtUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        await using (var db = database.Context(TestActivities.TenantId))
        {
            db.Add(new ProcessedActivity { ConversationId = "a:1", ActivityId = "1", ReceivedAtUtc = DateTime.UtcNow });
            Assert.True((await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync())).IsUniqueViolation());
        }

        await using (var db = database.Context(TestActivities.TenantId))
        {
            // A failure of another kind from the database itself (a trigger raising), on the same insert.
            await db.Database.ExecuteSqlRawAsync(database.IsPostgres
                ? "CREATE FUNCTION fail() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$ LANGUAGE plpgsql; CREATE TRIGGER fail BEFORE INSERT ON processed_activities FOR EACH ROW EXECUTE FUNCTION fail()"
                : "CREATE TRIGGER fail BEFORE INSERT ON processed_activities BEGIN SELECT RAISE(ABORT, 'disk full'); END");
            db.Add(new ProcessedActivity { ConversationId = "a:2", ActivityId = "2", ReceivedAtUtc = DateTime.UtcNow });
            Assert.False((await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync())).IsUniqueViolation());
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task TryInsert_InsertsOnce_WithTheValuesEfWouldWrite(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var at = new DateTime(2026, 12, 4, 9, 30, 15, 123, DateTimeKind.Utc);
        await using var db = database.Context(TestActivities.TenantId);
        var now = new DateTimeOffset(2026, 12, 4, 9, 30, 0, TimeSpan.Zero);

        Assert.True(await db.TryInsertAsync(new ProcessedActivity { ConversationId = "a:1", ActivityId = "1", ReceivedAtUtc = at }, CancellationToken.None));
        Assert.False(await db.TryInsertAsync(new ProcessedActivity { ConversationId = "a:1", ActivityId = "1", ReceivedAtUtc = at.AddDays(1) }, CancellationToken.None));
        Assert.True(await db.TryInsertAsync(new KnownUser { TeamsUserId = "29:u", LastSeenAt = now }, CancellationToken.None));

        var stored = await db.Set<ProcessedActivity>().AsNoTracking().SingleAsync();
        Assert.Equal(at, stored.ReceivedAtUtc);
        // Compared in SQL as EF writes them (the purge's cutoff).
        Assert.Equal(1, await db.Set<ProcessedActivity>().CountAsync(a => a.ReceivedAtUtc < at.AddMilliseconds(1) && a.ReceivedAtUtc > at.AddMilliseconds(-1)));
        var user = await db.Set<KnownUser>().AsNoTracking().SingleAsync(u => u.LastSeenAt == now);
        Assert.Equal(TestActivities.TenantId, user.TenantId);
    }
}
