using CxReviewBot.Protocol.Activities;

namespace CxReviewBot.Protocol.Routing;

internal delegate Task CommandHandler(TurnContext turn, string arguments, CancellationToken cancellationToken);

internal delegate Task<InvokeResponseBody> VerbHandler(TurnContext turn, CardAction action, CancellationToken cancellationToken);

internal delegate Task TurnHandler(TurnContext turn, CancellationToken cancellationToken);

/// <summary>
/// The route table features fill at start-up: text commands, card verbs, the install greeting and the fallback for
/// text no command matches. The protocol layer knows nothing else about features.
/// </summary>
internal sealed class BotRoutes
{
    private readonly Dictionary<string, CommandHandler> _commands = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, VerbHandler> _verbs = new(StringComparer.Ordinal);

    public TurnHandler? Installed { get; private set; }
    public CommandHandler? Fallback { get; private set; }
    public IReadOnlyCollection<string> Commands => _commands.Keys;
    public IReadOnlyCollection<string> Verbs => _verbs.Keys;

    public BotRoutes MapCommand(string name, CommandHandler handler)
    {
        _commands.Add(name, handler);
        return this;
    }

    public BotRoutes MapVerb(string verb, VerbHandler handler)
    {
        _verbs.Add(verb, handler);
        return this;
    }

    public BotRoutes OnInstalled(TurnHandler handler)
    {
        Installed = handler;
        return this;
    }

    public BotRoutes OnUnknownCommand(CommandHandler handler)
    {
        Fallback = handler;
        return this;
    }

    public CommandHandler? FindCommand(string name) => _commands.GetValueOrDefault(name);

    public VerbHandler? FindVerb(string verb) => _verbs.GetValueOrDefault(verb);
}
