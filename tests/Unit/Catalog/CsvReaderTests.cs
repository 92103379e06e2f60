using System.Text;
using CxReviewBot.Features.Catalog.Import;
namespace CxReviewBot.UnitTests.Catalog;

public sealed class CsvReaderTests
{
    [Fact]
    public async Task BomCrlfQuotesAndQuotedNewlines_ParseWithPhysicalLineNumbers()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(
            "a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",z\r\n\r\nlast,\"\"\r\n")).ToArray();

        var records = await ReadAllAsync(bytes);

        Assert.Equal(
            [(1L, "a|b"), (2L, "x, y|say \"hi\""), (3L, "two\r\nlines|z"), (6L, "last|")],
            records);
    }

    [Fact]
    public async Task NoTrailingNewline_StillReadsLastRecord()
    {
        var records = await ReadAllAsync(Encoding.UTF8.GetBytes("a,b\n1,2"));

        Assert.Equal([(1L, "a|b"), (2L, "1|2")], records);
    }

    [Fact]
    public async Task InvalidUtf8_IsReportedOnItsLine()
    {
        var bytes = Encoding.UTF8.GetBytes("a\nok\n").Concat(new byte[] { 0x62, 0xC3, 0x28, 0x0A }).ToArray();

        var error = await Assert.ThrowsAsync<CsvFormatException>(() => ReadAllAsync(bytes));

        Assert.Equal(3, error.Line);
    }

    [Theory]
    [InlineData("a\n\"open,1\n", 2, "unterminated quoted field")]
    [InlineData("a\nb\"c\n", 2, "a quote inside an unquoted field (quote the whole field and double the quote)")]
    [InlineData("a\n\"b\"c\n", 2, "unexpected text after a closing quote")]
    public async Task BrokenQuoting_IsRejectedWithLine(string text, long line, string reason)
    {
        var error = await Assert.ThrowsAsync<CsvFormatException>(() => ReadAllAsync(Encoding.UTF8.GetBytes(text)));

        Assert.Equal((line, reason), (error.Line, error.Reason));
    }

    [Fact]
    public async Task RecordsLongerThanTheBuffer_AreReadWhole()
    {
        var longField = new string('x', 200_000);

        var records = await ReadAllAsync(Encoding.UTF8.GetBytes($"h\n\"{longField}\"\nnext\n"));

        Assert.Equal([(1L, "h"), (2L, longField), (3L, "next")], records);
    }

    [Fact]
    public async Task PlainAndQuotedLinesAcrossBufferBoundaries_KeepFieldsAndLineNumbers()
    {
        var text = new StringBuilder();
        var expected = new List<(long, string)>();
        long line = 1;
        for (var i = 0; i < 20_000; i++)
        {
            switch (i % 5)
            {
                case 0:
                    text.Append($"\"q,{i}\",\"two\nlines\"\n");
                    expected.Add((line, $"q,{i}|two\nlines"));
                    line += 2;
                    break;
                case 1:
                    text.Append("\r\n");
                    line++;
                    break;
                case 2:
                    text.Append($"é{i},,x\r\n");
                    expected.Add((line++, $"é{i}||x"));
                    break;
                default:
                    text.Append($"p{i},{i * 3}\n");
                    expected.Add((line++, $"p{i}|{i * 3}"));
                    break;
            }
        }

        var records = await ReadAllAsync(Encoding.UTF8.GetBytes(text.ToString()));

        Assert.Equal(expected, records);
    }

    [Fact]
    public async Task Field_GivesTheBytesOfEachField()
    {
        var reader = new CsvReader(new MemoryStream(Encoding.UTF8.GetBytes("a,\"b,c\"\nplain,é\n")));
        var fields = new List<string>();
        while (await reader.ReadAsync(CancellationToken.None))
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                fields.Add(Encoding.UTF8.GetString(reader.Field(i)));
            }
        }

        Assert.Equal(["a", "b,c", "plain", "é"], fields);
    }

    private static async Task<List<(long Line, string Fields)>> ReadAllAsync(byte[] bytes)
    {
        var reader = new CsvReader(new MemoryStream(bytes));
        var records = new List<(long, string)>();
        while (await reader.ReadAsync(CancellationToken.None))
        {
            records.Add((reader.LineNumber, string.Join('|', reader.Fields)));
        }
        return records;
    }
}
