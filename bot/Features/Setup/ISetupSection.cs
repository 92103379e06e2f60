using CxReviewBot.Cards.Notice;
using CxReviewBot.Cards.Setup;
using CxReviewBot.Reviews;

namespace CxReviewBot.Features.Setup;

/// <summary>
/// A part of the set-up card another feature owns (Planner: the plan the review's actions are mirrored to). Set-up
/// shows it, checks it before saving, and lets it act once the review is saved, without knowing the feature.
/// </summary>
internal interface ISetupSection
{
    /// <summary>Adds the section's fields (and any note) to the card.</summary>
    Task<SetupView> DecorateAsync(SetupView view, long? reviewId, CancellationToken cancellationToken);

    /// <summary>Checks the section's part of a valid form; errors (by field) stop the save and show on the card.</summary>
    Task<SetupSectionCheck> CheckAsync(SetupForm form, string reviewName, long? reviewId, CancellationToken cancellationToken);
}

/// <param name="Errors">Field → message; any error means nothing is saved.</param>
/// <param name="SavedAsync">Run after the review is saved: acts on it and may add to the confirmation.</param>
internal sealed record SetupSectionCheck(
    IReadOnlyDictionary<string, string> Errors,
    Func<Review, NoticeView, CancellationToken, Task<NoticeView>> SavedAsync);
