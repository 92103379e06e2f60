using Microsoft.Extensions.Options;

namespace CxReviewBot.Protocol.Connector;

/// <summary>
/// Makes connector clients, each on a fresh HttpClient from the factory (named <see cref="HttpClientName"/>), so no
/// long-lived service holds one and its handler (DNS, connections) is recycled. Each connector call has exactly one
/// retry owner: a turn's calls retry inside the client (<see cref="ConnectorOptions.MaxRetries"/>, bounded by the
/// turn's deadline); the outbox makes one attempt per delivery and retries the message itself, later.
/// </summary>
internal sealed class ConnectorClients(
    IHttpClientFactory httpClients,
    ConnectorTokenProvider tokens,
    TrustedServiceUrls trustedServiceUrls,
    ConversationPacer pacer,
    BotRatePacer botPacer,
    IOptions<ConnectorOptions> options,
    TimeProvider time,
    ILogger<ConnectorClient> logger)
{
    public const string HttpClientName = "BotConnector";

    /// <summary>Retries throttling and gateway errors in the call (a turn answering now).</summary>
    public IConnectorClient ForTurn() => Create(options.Value);

    /// <summary>One HTTP attempt per call: the caller schedules the retry (the outbox).</summary>
    public IConnectorClient SingleAttempt() => Create(options.Value.WithoutRetries());

    private ConnectorClient Create(ConnectorOptions settings) =>
        new(httpClients.CreateClient(HttpClientName), tokens, trustedServiceUrls, pacer, botPacer, settings, time, logger);
}
