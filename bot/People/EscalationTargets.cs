using CxReviewBot.Data;
using CxReviewBot.Data.Conversations;
using CxReviewBot.Protocol.Connector;
using CxReviewBot.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.People;

/// <summary>
/// The owner's manager from Graph (<c>/users/{id}/manager</c>) when the bot can reach them: a 1:1 needs their Teams
/// user id, found among known users, review members, or the review conversation's members (which accept an Entra id).
/// Otherwise (no Graph, 404, unreachable) the review's CX leads, each in their own 1:1.
/// </summary>
internal sealed class EscalationTargets(CxDbContext db, PeopleDirectory people, IConnectorClient connector)
{
    public async Task<IReadOnlyList<EscalationTarget>> ResolveAsync(string? ownerAadObjectId, Review? review, CancellationToken cancellationToken)
    {
        if (await people.ManagerOfAsync(ownerAadObjectId, cancellationToken) is { } manager
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

/// <summary>Who an escalation goes to: the owner's manager, or (none found) one of the review's CX leads.</summary>
internal sealed record EscalationTarget(string TeamsUserId, string Name, string? AadObjectId, bool IsManager);
