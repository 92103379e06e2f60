using CxReviewBot.Data;
using CxReviewBot.Features.Decisions;
using CxReviewBot.Reviews;

namespace CxReviewBot.Features.Actions;

/// <summary>Creating action items; the caller's SaveChanges commits them with whatever created them.</summary>
internal static class ActionItems
{
    /// <summary>The action that carries out <paramref name="decision"/>: its owner, due date and text as the title.</summary>
    public static ActionItem AddForDecision(CxDbContext db, Decision decision, DateTime nowUtc)
    {
        var item = new ActionItem
        {
            ReviewId = decision.ReviewId,
            Title = Title(decision.Text),
            OwnerTeamsUserId = decision.OwnerTeamsUserId,
            OwnerAadObjectId = decision.OwnerAadObjectId,
            OwnerName = decision.OwnerName,
            DueDate = decision.DueDate,
            Status = ActionItemStatus.Open,
            CreatedAtUtc = nowUtc,
            UpdatedAtUtc = nowUtc,
            NextChaseUtc = nowUtc,
            Decision = decision,
        };
        db.Add(item);
        db.Add(new ActionEvent { ActionItem = item, AtUtc = nowUtc, Kind = ActionEventKind.Created, ByName = decision.RecordedByName });
        return item;
    }

    /// <summary>Gives the action to <paramref name="member"/> of its review (Teams id to message, Entra id for Planner, name).</summary>
    public static void AssignTo(ActionItem item, ReviewMember member)
    {
        item.OwnerTeamsUserId = member.TeamsUserId;
        item.OwnerAadObjectId = member.AadObjectId;
        item.OwnerName = member.Name;
    }

    /// <summary>A title as stored: at most 255 characters, cut with an ellipsis.</summary>
    public static string Title(string text) => text.Length <= 255 ? text : string.Concat(text.AsSpan(0, 254), "…");
}
