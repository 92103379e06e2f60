using System.Text.Json.Nodes;
using CxReviewBot.Cards;
using CxReviewBot.Cards.Model;

namespace CxReviewBot.UnitTests.Cards;

public sealed class CardSerializerTests
{
    private static AdaptiveCard EveryType() => new()
    {
        Refresh = new CardRefresh(new ExecuteAction { Verb = CardVerbs.AgendaRefresh }) { UserIds = ["29:a"] },
        Body =
        [
            new TextBlock { Text = "t", Size = TextSize.ExtraLarge, Style = TextBlockStyle.Heading },
            new RichTextBlock { Inlines = [new TextRun { Text = "r" }] },
            new FactSet { Facts = [new Fact("k", "v")] },
            new ColumnSet { Columns = [new Column { Width = ColumnWidth.Pixels(48), Items = [new Image { Url = "https://x/i.png", AltText = "i" }] }] },
            new Container { Id = "c1", Items = [new TextBlock { Text = "inside" }], SelectAction = new OpenUrlAction { Url = new Uri("https://x/") } },
            new ActionSet { Actions = [new ToggleVisibilityAction { Title = "more", TargetElements = [new TargetElement("c1")] }] },
            new TextInput { Id = "text", IsMultiline = true, MaxLength = 500 },
            new NumberInput { Id = "number", Min = 0, Max = 10 },
            new DateInput { Id = "date", Min = new DateOnly(2026, 1, 2) },
            new TimeInput { Id = "time", Value = TimeInput.Format(new TimeOnly(9, 5)) },
            new ToggleInput { Id = "toggle", Title = "on?" },
            new ChoiceSetInput { Id = "touchpoint", Choices = [new Choice("Billing", "billing"), new Choice("Onboarding", "onboarding")], Style = ChoiceInputStyle.Filtered },
        ],
        Actions =
        [
            new SubmitAction { Title = "s", Data = ActionData.ImBack("help") },
            new ShowCardAction { Title = "sc", Card = new AdaptiveCard { Body = [new TextBlock { Text = "inner" }] } },
        ],
    };

    // Also gives tests/e2e one card with every element and action type to render.
    [Fact]
    public void EveryType_MatchesGolden() => GoldenFile.Verify("model-every-type", EveryType());

    [Fact]
    public void EveryType_PassesLint() => Assert.Empty(CardLint.Check(EveryType()));

    [Fact]
    public void Root_StartsWithTypeSchemaVersion15()
    {
        var json = CardSerializer.ToJson(new AdaptiveCard());

        Assert.StartsWith("""{"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5",""", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Polymorphic_WritesSchemaTypeNamesFirst()
    {
        var node = CardSerializer.ToJsonNode(EveryType());

        var bodyTypes = node["body"]!.AsArray().Select(e => e!.AsObject().First().Value!.GetValue<string>());
        Assert.Equal(
            ["TextBlock", "RichTextBlock", "FactSet", "ColumnSet", "Container", "ActionSet", "Input.Text", "Input.Number", "Input.Date", "Input.Time", "Input.Toggle", "Input.ChoiceSet"],
            bodyTypes);
        Assert.Equal(["Action.Submit", "Action.ShowCard"], node["actions"]!.AsArray().Select(a => (string)a!["type"]!));
        Assert.Equal("Action.Execute", (string?)node["refresh"]!["action"]!["type"]);
        Assert.Equal("Column", (string?)node["body"]![3]!["columns"]![0]!["type"]);
        Assert.Equal("Image", (string?)node["body"]![3]!["columns"]![0]!["items"]![0]!["type"]);
        Assert.Equal("Action.OpenUrl", (string?)node["body"]![4]!["selectAction"]!["type"]);
        Assert.Equal("Action.ToggleVisibility", (string?)node["body"]![5]!["actions"]![0]!["type"]);
        Assert.Equal("TextRun", (string?)node["body"]![1]!["inlines"]![0]!["type"]);
    }

    [Fact]
    public void Nulls_AreOmitted()
    {
        var node = CardSerializer.ToJsonNode(new AdaptiveCard { Body = [new TextBlock { Text = "only text" }] });

        Assert.Equal("""{"type":"TextBlock","text":"only text"}""", node["body"]![0]!.ToJsonString());
        Assert.Equal(["type", "$schema", "version", "body"], node.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void Values_UseSchemaSpelling()
    {
        var node = CardSerializer.ToJsonNode(EveryType() with { MsTeams = MsTeamsCardOptions.FullWidth });

        Assert.Equal("extraLarge", (string?)node["body"]![0]!["size"]);
        Assert.Equal("heading", (string?)node["body"]![0]!["style"]);
        Assert.Equal("48px", (string?)node["body"]![3]!["columns"]![0]!["width"]);
        Assert.Equal("2026-01-02", (string?)node["body"]![8]!["min"]);
        Assert.Equal("09:05", (string?)node["body"]![9]!["value"]);
        Assert.Equal("filtered", (string?)node["body"]![11]!["style"]);
        Assert.Equal("""[{"title":"Billing","value":"billing"},{"title":"Onboarding","value":"onboarding"}]""", node["body"]![11]!["choices"]!.ToJsonString());
        Assert.Equal("""{"msteams":{"type":"imBack","value":"help"}}""", node["actions"]![0]!["data"]!.ToJsonString());
        Assert.Equal("Full", (string?)node["msteams"]!["width"]);
        Assert.Equal(["29:a"], node["refresh"]!["userIds"]!.AsArray().Select(u => (string)u!));
    }

    [Fact]
    public void PeoplePicker_WritesTeamsChoicesData()
    {
        var picker = new ChoiceSetInput { Id = "owner", ChoicesData = DataQuery.OrganisationUsers, IsMultiSelect = false, Label = "Owner", IsRequired = true };

        var node = CardSerializer.ToJsonNode(new AdaptiveCard { Body = [picker] })["body"]![0]!;

        Assert.Equal(
            """{"type":"Input.ChoiceSet","id":"owner","choices":[],"choices.data":{"type":"Data.Query","dataset":"graph.microsoft.com/users"},"isMultiSelect":false,"label":"Owner","isRequired":true}""",
            node.ToJsonString());
    }

    [Fact]
    public void IndentedAndCompact_AreTheSameJson()
    {
        var card = EveryType();

        var indented = CardSerializer.ToJson(card, indented: true);
        var compact = CardSerializer.ToJson(card);

        Assert.Contains("\n  \"body\": [", indented, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", indented, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", compact, StringComparison.Ordinal);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(indented), JsonNode.Parse(compact)));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(compact), CardSerializer.ToJsonNode(card)));
    }

    [Fact]
    public void UserText_IsNotHtmlEscapedInJsonText()
    {
        var json = CardSerializer.ToJson(new AdaptiveCard { Body = [new TextBlock { Text = "didn't <b> & \u00E9" }] });

        Assert.Contains("\"didn't <b> & \u00E9\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void MessageBack_CarriesTextDisplayTextAndValue()
    {
        var data = ActionData.MessageBack("actions", "Show my actions", ActionData.Of(("k", "v")));

        Assert.Equal("""{"msteams":{"type":"messageBack","text":"actions","displayText":"Show my actions","value":{"k":"v"}}}""", data.ToJsonString());
    }
}
