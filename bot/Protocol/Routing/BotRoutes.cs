using CxReviewBot.Protocol.Activities;

namespace CxReviewBot.Protocol.Routing;

internal delegate Task CommandHandler(TurnContext turn, string arguments, CancellationToken cancellationToken);

internal delegate Task<InvokeResponseBody> VerbHandler(TurnContext turn, CardAction action, CancellationToken cancellationToken);

internal delegate Task TurnHandler(TurnContext turn, CancellationToken cancellationToken);

/// <summary>A route's handler for one turn, made from that turn's services.</summary>
internal delegate THandler RouteHandler<out THandler>(IServiceProvider services)
    where THandler : Delegate;

/// <summary>
/// The route table features fill at start-up: text commands, card verbs, the install greeting and the fallback for
/// text no command matches. The protocol layer knows nothing else about features. A handler is a delegate that needs
/// only the turn, or a method of a small handler class whose constructor declares what it uses: the class is made
/// per turn from the turn's services (like a minimal-API delegate's parameters), so no handler looks services up.
/// </summary>
internal sealed class BotRoutes
{
    private readonly Dictionary<string, RouteHandler<CommandHandler>> _commands = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, RouteHandler<VerbHandler>> _verbs = new(StringComparer.Ordinal);

    public RouteHandler<TurnHandler>? Installed { get; private set; }
    public RouteHandler<CommandHandler>? Fallback { get; private set; }
    public IReadOnlyCollection<string> Commands => _commands.Keys;
    public IReadOnlyCollection<string> Verbs => _verbs.Keys;

    public BotRoutes MapCommand(string name, CommandHandler handler) => AddCommand(name, _ => handler);

    /// <summary><c>MapCommand&lt;LedgerCommands&gt;("decisions", c =&gt; c.ShowAsync)</c>.</summary>
    public BotRoutes MapCommand<THandler>(string name, Func<THandler, CommandHandler> handler)
        where THandler : class => AddCommand(name, Made(handler));

    public BotRoutes MapVerb(string verb, VerbHandler handler) => AddVerb(verb, _ => handler);

    /// <summary><c>MapVerb&lt;ActionVerbs&gt;("action.done", v =&gt; v.DoneAsync)</c>.</summary>
    public BotRoutes MapVerb<THandler>(string verb, Func<THandler, VerbHandler> handler)
        where THandler : class => AddVerb(verb, Made(handler));

    public BotRoutes OnInstalled(TurnHandler handler)
    {
        Installed = _ => handler;
        return this;
    }

    public BotRoutes OnUnknownCommand<THandler>(Func<THandler, CommandHandler> handler)
        where THandler : class
    {
        Fallback = Made(handler);
        return this;
    }

    public RouteHandler<CommandHandler>? FindCommand(string name) => _commands.GetValueOrDefault(name);

    public RouteHandler<VerbHandler>? FindVerb(string verb) => _verbs.GetValueOrDefault(verb);

    private BotRoutes AddCommand(string name, RouteHandler<CommandHandler> handler)
    {
        _commands.Add(name, handler);
        return this;
    }

    private BotRoutes AddVerb(string verb, RouteHandler<VerbHandler> handler)
    {
        _verbs.Add(verb, handler);
        return this;
    }

    private static RouteHandler<TDelegate> Made<THandler, TDelegate>(Func<THandler, TDelegate> handler)
        where THandler : class
        where TDelegate : Delegate
    {
        var make = ActivatorUtilities.CreateFactory<THandler>([]);
        return services => handler(make(services, null));
    }
}
