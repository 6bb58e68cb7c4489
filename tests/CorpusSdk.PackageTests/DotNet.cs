using System.Diagnostics;
using System.Text;

namespace CorpusSdk.PackageTests;

/// <summary>The output and exit code of one `dotnet` command.</summary>
public sealed record CommandResult(string Command, int ExitCode, string Output, TimeSpan Elapsed)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>The command line, exit code and the end of the output: enough to see why a step failed.</summary>
    public string Describe()
    {
        const int Tail = 12000;
        var output = Output.Length > Tail ? "…" + Output.Substring(Output.Length - Tail) : Output;
        return $"`{Command}` exited {ExitCode} after {Elapsed.TotalSeconds:F0}s:\n{output}";
    }
}

/// <summary>Runs the `dotnet` CLI in a child process, isolated from the test host's MSBuild and package cache.</summary>
public static class DotNet
{
    private static readonly string Executable = FindExecutable();

    public static async Task<CommandResult> RunAsync(string workingDirectory, TimeSpan timeout, string? packagesDirectory, params string[] args)
    {
        var psi = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        // The test host runs inside MSBuild's world; the child must find its own SDK, not inherit paths into it.
        foreach (var name in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly", "NUGET_PACKAGES" })
            psi.Environment.Remove(name);
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        psi.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        psi.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        // No MSBuild node or compiler server outlives the command (they would hold the output pipes open).
        psi.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        psi.Environment["UseSharedCompilation"] = "false";
        if (packagesDirectory is not null) psi.Environment["NUGET_PACKAGES"] = packagesDirectory;

        var output = new StringBuilder();
        var command = "dotnet " + string.Join(" ", args);
        var watch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = psi };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            lock (output) throw new TimeoutException($"`{command}` did not finish within {timeout.TotalSeconds:F0}s:\n{output}");
        }
        lock (output) return new CommandResult(command, process.ExitCode, output.ToString(), watch.Elapsed);
    }

    private static string FindExecutable()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return !string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet";
    }
}
