using System.Text.Json.Serialization;

namespace CxReviewBot.Cards.Model;

/// <summary>Teams' dynamic choice source (<c>choices.data</c>), used for people pickers.</summary>
public sealed record DataQuery
{
    /// <summary>Search everyone in the organisation.</summary>
    public static readonly DataQuery OrganisationUsers = new() { Dataset = "graph.microsoft.com/users" };

    /// <summary>Search only the members of the current chat or channel.</summary>
    public static readonly DataQuery ConversationMembers = new() { Dataset = "graph.microsoft.com/users?scope=currentContext" };

    [JsonPropertyOrder(-1)]
    public string Type => "Data.Query";

    public required string Dataset { get; init; }
}
