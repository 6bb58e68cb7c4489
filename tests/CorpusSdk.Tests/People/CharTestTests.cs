using CorpusSdk.Generator.Extraction.People;

namespace CorpusSdk.Tests.People;

/// <summary>The people tokenizer's ASCII fast paths give the framework's answers for every character.</summary>
public class CharTestTests
{
    [Fact]
    public void IsLetter_and_IsLetterOrDigit_match_char_for_every_char()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            Assert.Equal(char.IsLetter((char)c), ArticlePeopleFinder.IsLetter((char)c));
            Assert.Equal(char.IsLetterOrDigit((char)c), ArticlePeopleFinder.IsLetterOrDigit((char)c));
        }
    }
}
