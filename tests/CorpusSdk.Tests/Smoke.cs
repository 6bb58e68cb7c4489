namespace CorpusSdk.Tests;

public class RuntimeFormatTests
{
    [Fact]
    public void Published_date_round_trips_iso()
    {
        foreach (var iso in new[] { "2007-08-08", "2007-08-08T08:46", "2007-08-08T11:54:45-04:00", "2020-01-02T03:04Z" })
            Assert.Equal(iso, PublishedDate.Parse(iso).ToString());
    }
}
