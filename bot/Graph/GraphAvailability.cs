namespace CxReviewBot.Graph;

/// <summary>
/// Whether an <see cref="IGraphGateway"/> is registered. Features take <c>IGraphGateway? gateway = null</c> and, when
/// it is absent, show <see cref="Notice"/> once and keep tracking actions in the bot.
/// </summary>
internal sealed record GraphAvailability(bool IsConfigured, string Reason)
{
    public const string Notice = "Graph isn't configured; tracking actions in the bot.";

    public static GraphAvailability From(GraphOptions options) => options.MissingSetting is { } missing
        ? new(false, $"Graph isn't configured: {missing} is missing.")
        : new(true, options.UseManagedIdentity
            ? $"Graph at {options.BaseUrl} with the managed identity."
            : $"Graph at {options.BaseUrl} as app {options.ClientId}.");
}
