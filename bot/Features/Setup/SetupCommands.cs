using CxReviewBot.Cards;
using CxReviewBot.Cards.Help;
using CxReviewBot.Cards.Notice;
using CxReviewBot.Cards.Setup;
using CxReviewBot.Data;
using CxReviewBot.Metrics;
using CxReviewBot.Protocol.Activities;
using CxReviewBot.Protocol.Routing;
using CxReviewBot.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Setup;

/// <summary>`setup` shows the set-up card (pre-filled when this conversation has a review); `setup.save` saves it.</summary>
internal sealed class SetupCommands(CxDbContext db, SetupRoster rosters, SetupSaver saver, TimeProvider time, IEnumerable<ISetupSection> sections)
{
    public const string PersonalChatTitle = "Set-up happens where the review meets";
    public const string NotAllowedTitle = "Only this review's CX leads and admins can change its set-up";
    public const string RosterFallbackNote = "I could not read this conversation's member list, so the pickers show people I have already met here.";

    public async Task ShowAsync(TurnContext turn, string arguments, CancellationToken cancellationToken)
    {
        if (turn.ConversationType == "personal")
        {
            var notice = NoticeCard.Build(new NoticeView(NoticeKind.Info, PersonalChatTitle)
            {
                Message = "Add me to the channel, group chat or meeting chat where the weekly review meets, then type 'setup' there.",
            });
            await turn.SendCardAsync(CardSerializer.ToJsonNode(notice), PersonalChatTitle, cancellationToken);
            return;
        }
        var review = await ReviewLookup.ForConversationAsync(db, turn.ConversationId, cancellationToken);
        if (review is not null && !await MayConfigureAsync(turn, db, review, cancellationToken))
        {
            var notice = NoticeCard.Build(new NoticeView(NoticeKind.Warning, NotAllowedTitle) { Message = ReviewAccess.AskLeads(review) });
            await turn.SendCardAsync(CardSerializer.ToJsonNode(notice), NotAllowedTitle, cancellationToken);
            return;
        }
        var roster = await rosters.LoadAsync(turn, cancellationToken);
        var view = (review is null ? NewView(turn, roster.Members) : SetupViews.Of(review, roster.Members)) with
        {
            TouchpointOptions = await TouchpointNamesAsync(db, cancellationToken),
            Notice = roster.FromConnector ? null : RosterFallbackNote,
        };
        view = await DecorateAsync(view, review?.Id, cancellationToken);
        var activity = Activity.MessageWithCard(CardSerializer.ToJsonNode(SetupCard.Build(view)), "Set up the weekly review");
        if (!roster.FromConnector)
        {
            activity.Text = RosterFallbackNote;
            activity.TextFormat = "plain";
        }
        await turn.SendAsync(activity, cancellationToken);
    }

    public async Task<InvokeResponseBody> SaveAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        if (turn.ConversationType == "personal")
        {
            return InvokeResult.BadRequest("Set-up happens in the review's channel or chat.");
        }
        if (await ReviewLookup.ForConversationAsync(db, turn.ConversationId, cancellationToken) is { } existing
            && !await MayConfigureAsync(turn, db, existing, cancellationToken))
        {
            return InvokeResult.Forbidden($"{NotAllowedTitle}. {ReviewAccess.AskLeads(existing)}");
        }
        var form = SetupForm.From(action);
        var rosterResult = await rosters.LoadAsync(turn, cancellationToken);
        var roster = rosterResult.Members;
        var touchpoints = await TouchpointNamesAsync(db, cancellationToken);
        var nameTaken = form.Name is { } name
            && await db.Set<Review>().AnyAsync(r => r.Name == name && r.ConversationId != turn.ConversationId, cancellationToken);
        var (values, errors) = SetupValidation.Validate(form, roster.Select(p => p.PickId).ToHashSet(StringComparer.Ordinal),
            touchpoints.ToHashSet(StringComparer.Ordinal), nameTaken);
        var existingId = await db.Set<Review>().Where(r => r.ConversationId == turn.ConversationId).Select(r => (long?)r.Id).FirstOrDefaultAsync(cancellationToken);
        var checks = new List<SetupSectionCheck>();
        foreach (var section in sections)
        {
            if (values is null)
            {
                break;
            }
            var check = await section.CheckAsync(form, values.Name, existingId, cancellationToken);
            if (check.Errors.Count > 0)
            {
                (values, errors) = (null, new Dictionary<string, string>(check.Errors, StringComparer.Ordinal));
            }
            checks.Add(check);
        }
        if (values is null)
        {
            var view = SetupViews.Of(form, roster, errors) with
            {
                TouchpointOptions = touchpoints,
                ReviewId = existingId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Notice = rosterResult.FromConnector ? null : RosterFallbackNote,
            };
            view = await DecorateAsync(view, existingId, cancellationToken);
            return InvokeResult.Card(CardSerializer.ToJsonNode(SetupCard.Build(view)));
        }
        var review = await saver.SaveAsync(turn, values, roster, cancellationToken);
        var saved = SetupViews.Saved(review, time);
        foreach (var check in checks)
        {
            saved = await check.SavedAsync(review, saved, cancellationToken);
        }
        return InvokeResult.Card(CardSerializer.ToJsonNode(NoticeCard.Build(saved)));
    }

    private async Task<SetupView> DecorateAsync(SetupView view, long? reviewId, CancellationToken cancellationToken)
    {
        foreach (var section in sections)
        {
            view = await section.DecorateAsync(view, reviewId, cancellationToken);
        }
        return view;
    }

    private static async Task<bool> MayConfigureAsync(TurnContext turn, CxDbContext db, Review review, CancellationToken cancellationToken) =>
        ReviewAccess.Allows(CommandRole.CxLeadOrAdmin, await ReviewAccess.RolesAsync(db, review.Id, turn.User, cancellationToken));

    private static SetupView NewView(TurnContext turn, IReadOnlyList<SetupRosterMember> roster)
    {
        var creator = roster.FirstOrDefault(p => p.TeamsUserId == turn.User.Id || (turn.User.EntraId is { } aad && p.AadObjectId == aad));
        return new SetupView
        {
            ReviewName = turn.Activity.Conversation?.Name,
            TimeZone = "UTC",
            MeetingMinutes = SetupFields.DefaultMeetingMinutes,
            LeadTimeHours = 24,
            Roster = roster.Select(p => new RosterPerson(p.PickId, p.Name)).ToList(),
            MemberIds = roster.Select(p => p.PickId).ToList(),
            CxLeadIds = creator is null ? [] : [creator.PickId],
        };
    }

    private static async Task<IReadOnlyList<string>> TouchpointNamesAsync(CxDbContext db, CancellationToken cancellationToken) =>
        await db.Set<Touchpoint>().AsNoTracking().OrderBy(t => t.Name).Select(t => t.Name).ToListAsync(cancellationToken);
}
