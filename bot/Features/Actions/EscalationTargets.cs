using CxReviewBot.Data;
using CxReviewBot.Data.Conversations;
using CxReviewBot.Features.Setup;
using CxReviewBot.Protocol.Connector;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Actions;

/// <summary>
/// The owner's manager from Graph (<c>/users/{id}/manager</c>) when the bot can reach them: a 1:1 needs their Teams
/// user id, found among known users, review members, or the review conversation's members (which accept an Entra id).
/// Otherwise (no Graph, 404, unreachable) the review's CX leads, each in their own 1:1.
/// </summary>
internal sealed class EscalationTargets(CxDbContext db, ChaseHours hours, IConnectorClient connector)
{
    public async Task<IReadOnlyList<EscalationTarget>> ResolveAsync(ActionItem item, Review? review, CancellationToken cancellationToken)
    {
        if (await hours.ManagerOfAsync(item.OwnerAadObjectId, cancellationToken) is { } manager
            && await TeamsIdOfAsync(manager.AadId, review, cancellationToken) is { } teamsId)
        {
            return [new EscalationTarget(teamsId, manager.DisplayName ?? manager.Upn ?? "Manager", manager.AadId, IsManager: true)];
        }

        return review?.Members.Where(m => m.Roles.HasFlag(ReviewRole.CxLead))
            .Select(m => new EscalationTarget(m.TeamsUserId, m.Name, m.AadObjectId, IsManager: false)).ToList() ?? [];
    }

    private async Task<string?> TeamsIdOfAsync(string aadId, Review? review, CancellationToken cancellationToken)
    {
        var known = await db.Set<KnownUser>().Where(u => u.AadObjectId == aadId).Select(u => u.TeamsUserId).FirstOrDefaultAsync(cancellationToken)
            ?? review?.Members.FirstOrDefault(m => m.AadObjectId == aadId)?.TeamsUserId;
        if (known is not null || review is null)
        {
            return known;
        }

        try
        {
            return (await connector.GetMemberAsync(review.ServiceUrl, review.ConversationId, aadId, cancellationToken))?.Id;
        }
        catch (ConnectorException)
        {
            return null;
        }
    }
}
