using CxReviewBot.Cards.Help;

namespace CxReviewBot.UnitTests.Cards;

public sealed class CommandCatalogTests
{
    [Fact]
    public void Catalog_HasEveryProductCommandOnce()
    {
        string[] product = ["help", "setup", "agenda", "decide", "decisions", "actions", "checkin", "escalate", "owners", "report", "minutes"];

        Assert.Equal(product, CommandCatalog.All.Select(c => c.Name));
    }

    [Theory]
    [InlineData("help", CommandRole.Anyone)]
    [InlineData("setup", CommandRole.CxLeadOrAdmin)]
    [InlineData("decide", CommandRole.ReviewMember)]
    [InlineData("checkin", CommandRole.TouchpointOwner)]
    [InlineData("escalate", CommandRole.CxLead)]
    [InlineData("owners", CommandRole.Anyone)]
    public void Command_HasRole(string name, CommandRole role) => Assert.Equal(role, CommandCatalog.Find(name)!.Role);

    [Theory]
    [InlineData(" Agenda ", "agenda")]
    [InlineData("CHECKIN", "checkin")]
    public void Find_IgnoresCaseAndSpace(string text, string expected) => Assert.Equal(expected, CommandCatalog.Find(text)?.Name);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("agendas")]
    [InlineData("help me")]
    public void Find_UnknownText_ReturnsNull(string? text) => Assert.Null(CommandCatalog.Find(text));
}
