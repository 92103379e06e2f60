using CxReviewBot.Data;
using CxReviewBot.Reviews;

namespace CxReviewBot.Features.Actions;

/// <summary>Creating action items; the caller's SaveChanges commits them with whatever created them.</summary>
internal static class ActionItems
{
    /// <summary>A new open action, chased from now, with its "created" event; its origin links it (e.g. a decision's).</summary>
    public static ActionItem Add(CxDbContext db, long? reviewId, string text, string ownerTeamsUserId, string? ownerAadObjectId, string ownerName,
        DateOnly dueDate, string createdByName, DateTime nowUtc)
    {
        var item = new ActionItem
        {
            ReviewId = reviewId,
            Title = Title(text),
            OwnerTeamsUserId = ownerTeamsUserId,
            OwnerAadObjectId = ownerAadObjectId,
            OwnerName = ownerName,
            DueDate = dueDate,
            Status = ActionItemStatus.Open,
            CreatedAtUtc = nowUtc,
            UpdatedAtUtc = nowUtc,
            NextChaseUtc = nowUtc,
        };
        db.Add(item);
        db.Add(new ActionEvent { ActionItem = item, AtUtc = nowUtc, Kind = ActionEventKind.Created, ByName = createdByName });
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
