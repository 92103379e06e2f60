using CxReviewBot.Data;
using CxReviewBot.Data.Conversations;
using CxReviewBot.Protocol.Connector;
using CxReviewBot.Protocol.Routing;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Setup;

/// <summary>
/// The people who can be picked on the set-up card: the conversation's roster from the connector (paged; protocol.md
/// §3.5 says not to use the unpaged call), or, when that fails, the people the bot has already met in this tenant.
/// </summary>
internal sealed class SetupRoster(CxDbContext db, IConnectorClient connector)
{
    public const int PageSize = 500;
    public const int MaxPages = 20;

    public async Task<SetupRosterResult> LoadAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        try
        {
            return new SetupRosterResult(await FromConnectorAsync(turn, cancellationToken), true);
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException)
        {
            var known = await db.Set<KnownUser>().AsNoTracking().OrderBy(u => u.Name).Take(200).ToListAsync(cancellationToken);
            return new SetupRosterResult(known.Select(u => Member(u.TeamsUserId, u.AadObjectId, u.Name)).ToList(), false);
        }
    }

    private async Task<List<SetupRosterMember>> FromConnectorAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var members = new List<SetupRosterMember>();
        string? continuation = null;
        for (var page = 0; page < MaxPages; page++)
        {
            var result = await connector.GetPagedMembersAsync(turn.ServiceUrl, turn.ConversationId, PageSize, continuation, cancellationToken);
            members.AddRange(result.Members.Where(m => !string.IsNullOrEmpty(m.Id)).Select(m => Member(m.Id!, m.EntraId, m.Name)));
            continuation = result.ContinuationToken;
            if (string.IsNullOrEmpty(continuation))
            {
                break;
            }
        }
        return members.DistinctBy(m => m.PickId).OrderBy(m => m.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static SetupRosterMember Member(string teamsUserId, string? aadObjectId, string? name) =>
        new(string.IsNullOrEmpty(aadObjectId) ? teamsUserId : aadObjectId, teamsUserId, aadObjectId, string.IsNullOrWhiteSpace(name) ? teamsUserId : name);
}

/// <summary>Someone in the conversation: the id the card sends back (Entra id, else Teams id), their Teams id and name.</summary>
internal sealed record SetupRosterMember(string PickId, string TeamsUserId, string? AadObjectId, string Name);

/// <summary>The pickable people and whether they came from the conversation's roster (false = people the bot has met).</summary>
internal sealed record SetupRosterResult(IReadOnlyList<SetupRosterMember> Members, bool FromConnector);
