namespace CxReviewBot.TestKit;

/// <summary>What a request to <see cref="FakeConnector"/> was, decided by its route.</summary>
public enum FakeConnectorOperation
{
    Token,
    CreateConversation,
    SendToConversation,
    ReplyToActivity,
    UpdateActivity,
    DeleteActivity,
    GetPagedMembers,
    GetMembers,
    GetMember,
    Unknown,
}
