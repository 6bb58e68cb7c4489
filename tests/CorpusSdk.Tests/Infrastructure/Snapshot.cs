using System.Runtime.CompilerServices;

namespace CorpusSdk.Tests.Infrastructure;

/// <summary>
/// Snapshot assertions after Verify's file convention: "Name.verified.txt" is committed beside the test; on a mismatch
/// "Name.received.txt" is written there for review (accept it by renaming it). Set CORPUSSDK_ACCEPT=1 to accept all.
/// </summary>
public static class Snapshot
{
    public static void Verify(string name, string actual, [CallerFilePath] string testFile = "")
    {
        var dir = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
        Directory.CreateDirectory(dir);
        var verified = Path.Combine(dir, name + ".verified.txt");
        var received = Path.Combine(dir, name + ".received.txt");
        actual = actual.Replace("\r\n", "\n");
        if (File.Exists(verified) && File.ReadAllText(verified).Replace("\r\n", "\n") == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        if (Environment.GetEnvironmentVariable("CORPUSSDK_ACCEPT") == "1")
        {
            File.WriteAllText(verified, actual);
            return;
        }
        File.WriteAllText(received, actual);
        Assert.Fail($"Snapshot '{name}' differs from {verified}. Review {received} and rename it to .verified.txt to accept.");
    }
}
