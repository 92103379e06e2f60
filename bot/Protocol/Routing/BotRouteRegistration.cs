namespace CxReviewBot.Protocol.Routing;

internal sealed record BotRouteRegistration(Action<BotRoutes> Map);
