using System.Runtime.CompilerServices;
using CxReviewBot.Cards;
using CxReviewBot.Cards.Model;

namespace CxReviewBot.UnitTests.Cards;

/// <summary>
/// Compares a card with tests/Unit/Cards/golden/&lt;name&gt;.json. After an intended card change, rerun the tests with
/// UPDATE_GOLDEN=1 (e.g. <c>UPDATE_GOLDEN=1 dotnet test tests/Unit</c>) to rewrite the files, then review the diff.
/// The files are the card itself, so tests/e2e can feed them straight to the adaptivecards renderer.
/// </summary>
internal static class GoldenFile
{
    public static void Verify(string name, AdaptiveCard card, [CallerFilePath] string callerPath = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(callerPath)!, "golden", name + ".json");
        var actual = CardSerializer.ToJson(card, indented: true) + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"Golden file {path} is missing; run the tests with UPDATE_GOLDEN=1 to create it.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.Equal(expected, actual);
    }
}
