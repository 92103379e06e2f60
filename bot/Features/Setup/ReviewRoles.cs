using CxReviewBot.Data;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Setup;

/// <summary>Who may do what on a review; later features (decisions, escalations) ask here.</summary>
internal static class ReviewRoles
{
    public static async Task<ReviewRole> RolesOfAsync(CxDbContext db, long reviewId, string teamsUserId, string? aadObjectId, CancellationToken cancellationToken)
    {
        var members = await db.Set<ReviewMember>().AsNoTracking()
            .Where(m => m.ReviewId == reviewId && (m.TeamsUserId == teamsUserId || (aadObjectId != null && m.AadObjectId == aadObjectId)))
            .ToListAsync(cancellationToken);
        return members.Aggregate(ReviewRole.None, (roles, m) => roles | m.Roles);
    }

    public static async Task<bool> IsCxLeadAsync(CxDbContext db, long reviewId, string teamsUserId, string? aadObjectId, CancellationToken cancellationToken) =>
        (await RolesOfAsync(db, reviewId, teamsUserId, aadObjectId, cancellationToken)).HasFlag(ReviewRole.CxLead);

    public static async Task<bool> IsMemberAsync(CxDbContext db, long reviewId, string teamsUserId, string? aadObjectId, CancellationToken cancellationToken) =>
        await RolesOfAsync(db, reviewId, teamsUserId, aadObjectId, cancellationToken) != ReviewRole.None;

    /// <summary>Changing a review's set-up is for its CX leads and admins.</summary>
    public static async Task<bool> CanConfigureAsync(CxDbContext db, long reviewId, string teamsUserId, string? aadObjectId, CancellationToken cancellationToken) =>
        (await RolesOfAsync(db, reviewId, teamsUserId, aadObjectId, cancellationToken) & (ReviewRole.CxLead | ReviewRole.Admin)) != ReviewRole.None;
}
