namespace CxReviewBot.Cards.Welcome;

/// <summary>Where the app was installed (Teams' <c>conversationType</c>: personal, groupChat, channel).</summary>
public enum InstallScope
{
    Personal,
    GroupChat,
    Channel,
}
