using System.Text.Json.Nodes;

namespace CxReviewBot.TestKit;

/// <summary>A roster entry of <see cref="FakeConnector"/>, serialised the way real Teams does (Entra id as <c>objectId</c>).</summary>
public sealed record FakeMember(string Id, string Name, string? ObjectId = null, string? UserPrincipalName = null, string? Email = null)
{
    public JsonObject ToJson(string tenantId) => new()
    {
        ["id"] = Id,
        ["name"] = Name,
        ["objectId"] = ObjectId,
        ["userPrincipalName"] = UserPrincipalName,
        ["email"] = Email,
        ["tenantId"] = tenantId,
        ["userRole"] = "user",
    };

    public bool Matches(string memberId) =>
        string.Equals(Id, memberId, StringComparison.OrdinalIgnoreCase)
        || string.Equals(ObjectId, memberId, StringComparison.OrdinalIgnoreCase)
        || string.Equals(UserPrincipalName, memberId, StringComparison.OrdinalIgnoreCase);
}
