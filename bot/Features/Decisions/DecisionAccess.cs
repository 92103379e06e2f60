using CxReviewBot.Data;
using CxReviewBot.Features.Setup;
using CxReviewBot.Protocol.Activities;

namespace CxReviewBot.Features.Decisions;

/// <summary>
/// Who may do what with decisions (PLAN.md roles): record, edit and reassign = a member of the review; cancel = a CX
/// lead, an admin or whoever recorded it. Refusals name who may.
/// </summary>
internal static class DecisionAccess
{
    public const string NotMemberTitle = "Only members of this review can record or change its decisions";

    public static Task<ReviewRole> RolesAsync(CxDbContext db, Review review, ChannelAccount user, CancellationToken cancellationToken) =>
        ReviewRoles.RolesOfAsync(db, review.Id, user.Id ?? "", user.EntraId, cancellationToken);

    public static bool MayRecord(ReviewRole roles) => roles != ReviewRole.None;

    public static bool MayCancel(ReviewRole roles, Decision decision, ChannelAccount user) =>
        (roles & (ReviewRole.CxLead | ReviewRole.Admin)) != ReviewRole.None
        || (!string.IsNullOrEmpty(user.Id) && decision.RecordedByTeamsUserId == user.Id);

    public static string NotMemberMessage(Review review) => $"{NotMemberTitle} ({review.Name}). {AskLeads(review)}";

    public static string MayNotCancelMessage(Review review, Decision decision) =>
        $"Only a CX lead of {review.Name}, an admin or {Name(decision.RecordedByName)} (who recorded it) can cancel this decision. {AskLeads(review)}";

    private static string AskLeads(Review review)
    {
        var leads = review.Members.Where(m => m.Roles.HasFlag(ReviewRole.CxLead)).Select(m => m.Name).Where(n => !string.IsNullOrWhiteSpace(n)).ToList();
        return leads.Count == 0 ? "Ask an admin of this review." : $"Ask {string.Join(" or ", leads)}.";
    }

    private static string Name(string name) => string.IsNullOrWhiteSpace(name) ? "the person" : name;
}
