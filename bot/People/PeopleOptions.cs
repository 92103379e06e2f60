namespace CxReviewBot.People;

/// <summary>
/// The Graph cache of <see cref="PeopleDirectory"/>. Read from the <c>Actions</c> section (contract.md), where the
/// action chaser, its first user, has always configured it.
/// </summary>
internal sealed class PeopleOptions
{
    public const string Section = "Actions";

    /// <summary>How long a user's mailbox hours and manager are kept before Graph is asked again.</summary>
    public TimeSpan GraphCacheDuration { get; set; } = TimeSpan.FromDays(1);
}
