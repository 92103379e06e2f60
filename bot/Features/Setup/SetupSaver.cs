using CxReviewBot.Data;
using CxReviewBot.Protocol.Routing;
using CxReviewBot.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Setup;

/// <summary>Creates or updates the conversation's review and its members from a validated form.</summary>
internal sealed class SetupSaver(CxDbContext db, TimeProvider time)
{
    public async Task<Review> SaveAsync(TurnContext turn, SetupValues values, IReadOnlyList<SetupRosterMember> roster, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var review = await db.Set<Review>().Include(r => r.Members).SingleOrDefaultAsync(r => r.ConversationId == turn.ConversationId, cancellationToken);
        if (review is null)
        {
            review = new Review { ConversationId = turn.ConversationId, CreatedBy = turn.User.Id ?? "", CreatedAtUtc = now, ScheduleFromUtc = now };
            db.Add(review);
        }
        else if (review.Weekday != values.Weekday || review.MeetingTime != values.MeetingTime
            || review.TimeZoneId != values.TimeZoneId || review.LeadTimeHours != values.LeadTimeHours)
        {
            // A changed schedule starts afresh: agendas due under the old schedule are not posted late.
            review.ScheduleFromUtc = now;
        }
        review.Name = values.Name;
        review.ServiceUrl = turn.ServiceUrl;
        review.ConversationType = turn.ConversationType;
        review.Weekday = values.Weekday;
        review.MeetingTime = values.MeetingTime;
        review.MeetingMinutes = values.MeetingMinutes;
        review.TimeZoneId = values.TimeZoneId;
        review.LeadTimeHours = values.LeadTimeHours;
        review.TouchpointScope = [.. values.Touchpoints];
        review.UpdatedAtUtc = now;
        SetMembers(review, values, roster, turn);
        await db.SaveChangesAsync(cancellationToken);
        return review;
    }

    private static void SetMembers(Review review, SetupValues values, IReadOnlyList<SetupRosterMember> roster, TurnContext turn)
    {
        var admins = review.Members.Where(m => m.Roles.HasFlag(ReviewRole.Admin)).Select(m => m.TeamsUserId).ToHashSet(StringComparer.Ordinal);
        if (admins.Count == 0 && turn.User.Id is { } creator)
        {
            admins.Add(creator);
        }
        var byPick = roster.ToDictionary(p => p.PickId, StringComparer.Ordinal);
        var wanted = new Dictionary<string, (SetupRosterMember Person, ReviewRole Roles)>(StringComparer.Ordinal);
        void Grant(SetupRosterMember person, ReviewRole role) =>
            wanted[person.TeamsUserId] = (person, (wanted.TryGetValue(person.TeamsUserId, out var had) ? had.Roles : ReviewRole.None) | role);
        foreach (var id in values.Members)
        {
            Grant(byPick[id], ReviewRole.Member);
        }
        foreach (var id in values.CxLeads)
        {
            Grant(byPick[id], ReviewRole.Member | ReviewRole.CxLead);
        }
        foreach (var person in roster.Where(p => admins.Contains(p.TeamsUserId)))
        {
            Grant(person, ReviewRole.Admin);
        }

        review.Members.RemoveAll(m => !wanted.ContainsKey(m.TeamsUserId));
        foreach (var (teamsUserId, (person, roles)) in wanted)
        {
            var member = review.Members.FirstOrDefault(m => m.TeamsUserId == teamsUserId);
            if (member is null)
            {
                member = new ReviewMember { TeamsUserId = teamsUserId };
                review.Members.Add(member);
            }
            member.AadObjectId = person.AadObjectId;
            member.Name = person.Name;
            member.Roles = roles;
        }
    }
}
