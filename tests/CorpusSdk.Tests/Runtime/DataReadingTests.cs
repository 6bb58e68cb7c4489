using System.Text;
using CorpusSdk.Internal;
using CsCheck;

namespace CorpusSdk.Tests.Runtime;

/// <summary>The run-time readers of generated data: blocks, offsets, dates read straight from UTF-8.</summary>
public class DataReadingTests
{
    [Fact]
    public void Iso_date_reader_agrees_with_PublishedDate_Parse_for_every_form_the_generator_writes()
    {
        var offsets = Gen.Int[-14 * 60, 14 * 60].Select(m => (TimeSpan?)TimeSpan.FromMinutes(m));
        Gen.Select(Gen.DateTime[new DateTime(1, 1, 1), new DateTime(9999, 12, 31)], Gen.Bool, Gen.OneOf(Gen.Const((TimeSpan?)null), offsets), Gen.Bool)
            .Sample((local, hasTime, offset, seconds) =>
            {
                var when = seconds ? local : local.AddSeconds(-local.Second);
                var iso = IsoDate.Format(when.AddTicks(-(when.Ticks % TimeSpan.TicksPerSecond)), hasTime, offset);
                Assert.True(IsoDateReader.TryRead(Encoding.UTF8.GetBytes(iso), out var read), iso);
                var parsed = PublishedDate.Parse(iso);
                Assert.Equal(parsed, read);
                Assert.Equal(iso, read.ToString());
            }, seed: "0N0XIzNsQ0O2", iter: 5000);
    }

    [Theory]
    [InlineData("2007-02-30")]
    [InlineData("2007-13-01")]
    [InlineData("2007-08-08T24:00")]
    [InlineData("2007-08-08T08:46+0400")]
    [InlineData("2007-08-08 08:46")]
    [InlineData("07-08-08")]
    [InlineData("2007-08-08T08:46:00Zx")]
    public void Iso_date_reader_leaves_anything_else_to_the_full_parser(string text)
        => Assert.False(IsoDateReader.TryRead(Encoding.UTF8.GetBytes(text), out _));

    [Fact]
    public void A_block_slices_its_records_by_their_utf8_offsets()
    {
        var block = CorpusBlock.FromStrings("0 3 9 9", "abcé\u2019x");
        Assert.Equal(3, block.Count);
        Assert.Equal("abc", Encoding.UTF8.GetString(block.Record(0)));
        Assert.Equal("é\u2019x", Encoding.UTF8.GetString(block.Record(1)));
        Assert.Equal(0, block.Record(2).Length);
        Assert.Equal(3, block.Start(1));
    }

    [Theory]
    [InlineData("0 3 8", "abcdefghij")] // offsets end before the data does
    [InlineData("1 10", "abcdefghij")] // offsets do not start at 0
    [InlineData("0  10", "abcdefghij")] // an empty number
    [InlineData("0 x", "abcdefghij")]
    [InlineData("", "")]
    public void A_block_with_offsets_that_do_not_fit_its_data_is_a_format_error(string offsets, string data)
        => Assert.Throws<FormatException>(() => CorpusBlock.FromStrings(offsets, data));

    [Fact]
    public void Tokens_of_every_length_read_back_whatever_surrounds_them()
    {
        // Person records are free strings: the reader's token scan meets every length (short ones are found within a
        // word, long ones by the vectorised search), separators and escapes at every position, multi-byte characters.
        var text = Gen.String[Gen.Char["ab 1\u001F\u0010\u00e9\u2019\uD800"], 0, 20];
        Gen.Select(text, text, text.Array[0, 4], text.Array[0, 4]).Sample((id, name, aliases, articleIds) =>
        {
            var header = new TokenWriter();
            header.Write(TokenFormat.Version);
            var record = new TokenWriter();
            record.Write(id);
            record.Write(name);
            record.Write(aliases);
            record.Write(articleIds);
            var (h, r) = (header.ToString(), record.ToString());
            var block = CorpusBlock.FromStrings($"0 {Encoding.UTF8.GetByteCount(h)} {Encoding.UTF8.GetByteCount(h + r)}", h + r);
            var person = CorpusData.People(block)[0];
            Assert.Equal(id, person.Id);
            Assert.Equal(name, person.Name);
            Assert.Equal(aliases, person.Aliases);
            Assert.Equal(articleIds, person.ArticleIds);
        }, seed: "0N0XIzNsQ0O2", iter: 20000);
    }
}
