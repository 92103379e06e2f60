using CxReviewBot.Cards.Help;
using CxReviewBot.Data;
using CxReviewBot.Features.Catalog;
using CxReviewBot.Protocol.Routing;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Setup;

/// <summary>
/// The role a command or verb needs (<see cref="CommandCatalog"/>), checked against the user's roles in a review;
/// a refusal names who may do it. A touchpoint owner is the user whose Entra id a touchpoint names as its owner.
/// </summary>
internal static class ReviewAccess
{
    public static Task<ReviewRole> RolesAsync(TurnContext turn, CxDbContext db, Review review, CancellationToken cancellationToken) =>
        ReviewRoles.RolesOfAsync(db, review.Id, turn.User.Id ?? "", turn.User.EntraId, cancellationToken);

    public static async Task<IReadOnlyList<string>> OwnedTouchpointsAsync(TurnContext turn, CxDbContext db, CancellationToken cancellationToken) =>
        turn.User.EntraId is not { Length: > 0 } aad
            ? []
            : await db.Set<Touchpoint>().AsNoTracking().Where(t => t.OwnerAadId == aad).OrderBy(t => t.Name).Select(t => t.Name).ToListAsync(cancellationToken);

    public static bool Allows(CommandRole required, ReviewRole roles, bool ownsTouchpoint) => required switch
    {
        CommandRole.Anyone => true,
        CommandRole.ReviewMember => roles != ReviewRole.None,
        CommandRole.TouchpointOwner => ownsTouchpoint,
        CommandRole.CxLead => roles.HasFlag(ReviewRole.CxLead),
        CommandRole.CxLeadOrAdmin => (roles & (ReviewRole.CxLead | ReviewRole.Admin)) != ReviewRole.None,
        _ => throw new ArgumentOutOfRangeException(nameof(required), required, null),
    };

    /// <summary>Null when the user may <paramref name="what"/> (e.g. "post the agenda"); otherwise the refusal to show.</summary>
    public static async Task<string?> RefusalAsync(TurnContext turn, CxDbContext db, Review review, CommandRole required, string what, CancellationToken cancellationToken)
    {
        var roles = await RolesAsync(turn, db, review, cancellationToken);
        var owns = required == CommandRole.TouchpointOwner && (await OwnedTouchpointsAsync(turn, db, cancellationToken)).Count > 0;
        return Allows(required, roles, owns) ? null : Refusal(review, required, what);
    }

    public static string Refusal(Review review, CommandRole required, string what) =>
        $"Only {Who(required)} of the review '{review.Name}' can {what}. {WhoToAsk(review)}";

    public static string WhoToAsk(Review review)
    {
        var leads = review.Members.Where(m => m.Roles.HasFlag(ReviewRole.CxLead)).Select(m => m.Name).Where(n => !string.IsNullOrWhiteSpace(n)).ToList();
        return leads.Count == 0 ? "Ask an admin of this review." : $"Ask {string.Join(" or ", leads)} (CX lead) to add you in 'setup'.";
    }

    /// <summary>"member, CX lead" for the help card; empty when the user holds no role here.</summary>
    public static string Describe(ReviewRole roles, IReadOnlyList<string> ownedTouchpoints)
    {
        var names = new List<string>();
        if (roles != ReviewRole.None)
        {
            names.Add("member");
        }
        if (roles.HasFlag(ReviewRole.CxLead))
        {
            names.Add("CX lead");
        }
        if (roles.HasFlag(ReviewRole.Admin))
        {
            names.Add("admin");
        }
        if (ownedTouchpoints.Count > 0)
        {
            names.Add($"owner of {string.Join(", ", ownedTouchpoints.Take(5))}{(ownedTouchpoints.Count > 5 ? " and more" : "")}");
        }
        return string.Join(", ", names);
    }

    private static string Who(CommandRole role) => role switch
    {
        CommandRole.ReviewMember => "members",
        CommandRole.TouchpointOwner => "touchpoint owners",
        CommandRole.CxLead => "CX leads",
        CommandRole.CxLeadOrAdmin => "CX leads and admins",
        _ => "people",
    };
}
