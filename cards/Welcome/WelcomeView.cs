namespace CxReviewBot.Cards.Welcome;

/// <summary>
/// What the welcome card needs: the install <see cref="Scope"/>, and optionally the installing user's first name
/// (personal scope) or the chat/channel name (group scopes), both quoted verbatim.
/// </summary>
public sealed record WelcomeView(InstallScope Scope)
{
    public string? UserName { get; init; }

    public string? ConversationName { get; init; }
}
