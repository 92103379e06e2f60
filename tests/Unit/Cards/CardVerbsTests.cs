using System.Reflection;
using System.Text.RegularExpressions;
using CxReviewBot.Cards;

namespace CxReviewBot.UnitTests.Cards;

public sealed partial class CardVerbsTests
{
    [Fact]
    public void All_ListsEveryConstantOnce()
    {
        var constants = typeof(CardVerbs).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal);

        Assert.Equal(constants, CardVerbs.All.Order(StringComparer.Ordinal));
        Assert.Equal(CardVerbs.All.Count, CardVerbs.All.Distinct().Count());
    }

    [Fact]
    public void Verbs_AreDottedLowercase() =>
        Assert.All(CardVerbs.All, v => Assert.Matches(DottedVerb(), v));

    [GeneratedRegex("^[a-z]+(\\.[a-z]+)+$")]
    private static partial Regex DottedVerb();
}
