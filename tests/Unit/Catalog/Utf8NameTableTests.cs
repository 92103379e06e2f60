using System.Text;
using CxReviewBot.Features.Catalog.Import;
using CxReviewBot.Metrics;
namespace CxReviewBot.UnitTests.Catalog;

public sealed class Utf8NameTableTests
{
    private static readonly Dictionary<string, long> Names = Enumerable.Range(1, 300).ToDictionary(i => $"Touchpoint {i}", i => (long)i * 10);

    [Fact]
    public void EveryName_IsFoundByItsBytes()
    {
        var table = new Utf8NameTable(new Dictionary<string, long>(Names) { ["Café ☕"] = 7 });

        Assert.All(Names, pair => Assert.True(table.TryGetValue(Encoding.UTF8.GetBytes(pair.Key), out var id) && id == pair.Value));
        Assert.True(table.TryGetValue("Café ☕"u8, out var cafe));
        Assert.Equal(7, cafe);
    }

    [Theory]
    [InlineData("touchpoint 1")]
    [InlineData("Touchpoint 1 ")]
    [InlineData("Touchpoint 301")]
    [InlineData("Touchpoint")]
    [InlineData("")]
    public void OtherText_IsNotFound(string text) =>
        Assert.False(new Utf8NameTable(Names).TryGetValue(Encoding.UTF8.GetBytes(text), out _));

    [Fact]
    public void EmptyTable_FindsNothing() => Assert.False(new Utf8NameTable(new Dictionary<string, long>()).TryGetValue("x"u8, out _));
}
