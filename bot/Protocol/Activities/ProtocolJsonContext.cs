using System.Text.Json.Serialization;

namespace CxReviewBot.Protocol.Activities;

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(List<ChannelAccount>))]
[JsonSerializable(typeof(InvokeResponseBody))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(PagedMembersResult))]
internal sealed partial class ProtocolJsonContext : JsonSerializerContext;
