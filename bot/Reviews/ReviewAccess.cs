using CxReviewBot.Cards.Help;
using CxReviewBot.Data;
using CxReviewBot.Metrics;
using CxReviewBot.Protocol.Activities;
using CxReviewBot.Protocol.Routing;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Reviews;

/// <summary>
/// Who may do what in a review (PLAN.md roles), for every feature: the user's roles, the role a command or verb needs
/// (<see cref="CommandCatalog"/>), and refusals that name who may. A touchpoint owner is the user whose Entra id a
/// touchpoint names as its owner. Something a person created (e.g. a decision) may also be closed by its creator.
/// </summary>
internal static class ReviewAccess
{
    public static async Task<ReviewRole> RolesAsync(CxDbContext db, long reviewId, ChannelAccount user, CancellationToken cancellationToken)
    {
        var teamsUserId = user.Id ?? "";
        var aadObjectId = user.EntraId;
        var members = await db.Set<ReviewMember>().AsNoTracking()
            .Where(m => m.ReviewId == reviewId && (m.TeamsUserId == teamsUserId || (aadObjectId != null && m.AadObjectId == aadObjectId)))
            .ToListAsync(cancellationToken);
        return members.Aggregate(ReviewRole.None, (roles, m) => roles | m.Roles);
    }

    public static async Task<IReadOnlyList<string>> OwnedTouchpointsAsync(CxDbContext db, ChannelAccount user, CancellationToken cancellationToken) =>
        user.EntraId is not { Length: > 0 } aad
            ? []
            : await db.Set<Touchpoint>().AsNoTracking().Where(t => t.OwnerAadId == aad).OrderBy(t => t.Name).Select(t => t.Name).ToListAsync(cancellationToken);

    public static bool Allows(CommandRole required, ReviewRole roles, bool ownsTouchpoint = false) => required switch
    {
        CommandRole.Anyone => true,
        CommandRole.ReviewMember => roles != ReviewRole.None,
        CommandRole.TouchpointOwner => ownsTouchpoint,
        CommandRole.CxLead => roles.HasFlag(ReviewRole.CxLead),
        CommandRole.CxLeadOrAdmin => (roles & (ReviewRole.CxLead | ReviewRole.Admin)) != ReviewRole.None,
        _ => throw new ArgumentOutOfRangeException(nameof(required), required, null),
    };

    /// <summary>A CX lead or admin may close anything in the review; anyone may close what they created themselves.</summary>
    public static bool MayClose(ReviewRole roles, string? createdByTeamsUserId, ChannelAccount user) =>
        Allows(CommandRole.CxLeadOrAdmin, roles) || (!string.IsNullOrEmpty(user.Id) && createdByTeamsUserId == user.Id);

    /// <summary>
    /// The one rule of who may change what of a piece of work (a decision and its action). Its owner and a CX lead or
    /// admin may change anything; whoever recorded it may also give it to someone else; another member may change a
    /// decision's details (text, dates, target) but neither its owner (taking over someone else's work would let them
    /// close it) nor its progress (done, snooze, updates).
    /// </summary>
    public static bool MayChange(WorkField field, ReviewRole roles, ChannelAccount user, WorkPeople people) => field switch
    {
        _ when Allows(CommandRole.CxLeadOrAdmin, roles) || IsOwner(user, people) => true,
        WorkField.Owner => IsPerson(user, people.RecordedByTeamsUserId, null),
        WorkField.Details => roles != ReviewRole.None,
        WorkField.Progress => false,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    /// <summary>The refusal of <see cref="MayChange"/> for <see cref="WorkField.Owner"/>.</summary>
    public static string ReassignRefusal(Review review, WorkPeople people) =>
        $"Only {Named(people.OwnerName, "its owner")}, {Named(people.RecordedByName, "whoever recorded it")} (who recorded it), a CX lead or an admin of {review.Name} can give this to someone else. {AskLeads(review)}";

    public static bool IsOwner(ChannelAccount user, WorkPeople people) => IsPerson(user, people.OwnerTeamsUserId, people.OwnerAadObjectId);

    private static bool IsPerson(ChannelAccount user, string? teamsUserId, string? aadObjectId) =>
        (!string.IsNullOrEmpty(user.Id) && user.Id == teamsUserId) || (user.EntraId is { Length: > 0 } aad && aad == aadObjectId);

    private static string Named(string? name, string otherwise) => string.IsNullOrWhiteSpace(name) ? otherwise : name;

    /// <summary>Null when the user may <paramref name="what"/> (e.g. "post the agenda"); otherwise the refusal to show.</summary>
    public static async Task<string?> RefusalAsync(TurnContext turn, CxDbContext db, Review review, CommandRole required, string what, CancellationToken cancellationToken)
    {
        var roles = await RolesAsync(db, review.Id, turn.User, cancellationToken);
        var owns = required == CommandRole.TouchpointOwner && (await OwnedTouchpointsAsync(db, turn.User, cancellationToken)).Count > 0;
        return Allows(required, roles, owns) ? null : Refusal(review, required, what);
    }

    public static string Refusal(Review review, CommandRole required, string what) =>
        $"Only {Who(required)} of the review '{review.Name}' can {what}. {WhoToAsk(review)}";

    /// <summary>The refusal of <see cref="MayClose"/>, e.g. "cancel this decision" by a member who did not record it.</summary>
    public static string CloseRefusal(Review review, string creatorName, string what) =>
        $"Only a CX lead of {review.Name}, an admin or {(string.IsNullOrWhiteSpace(creatorName) ? "the person" : creatorName)} (who recorded it) can {what}. {AskLeads(review)}";

    /// <summary>For someone outside the review: which CX lead can add them.</summary>
    public static string WhoToAsk(Review review) =>
        LeadNames(review) is { Length: > 0 } leads ? $"Ask {leads} (CX lead) to add you in 'setup'." : "Ask an admin of this review.";

    /// <summary>For someone whose role falls short: whom to ask instead.</summary>
    public static string AskLeads(Review review) =>
        LeadNames(review) is { Length: > 0 } leads ? $"Ask {leads}." : "Ask an admin of this review.";

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

    private static string LeadNames(Review review) =>
        string.Join(" or ", review.Members.Where(m => m.Roles.HasFlag(ReviewRole.CxLead)).Select(m => m.Name).Where(n => !string.IsNullOrWhiteSpace(n)));

    private static string Who(CommandRole role) => role switch
    {
        CommandRole.ReviewMember => "members",
        CommandRole.TouchpointOwner => "touchpoint owners",
        CommandRole.CxLead => "CX leads",
        CommandRole.CxLeadOrAdmin => "CX leads and admins",
        _ => "people",
    };
}
