using CorpusSdk.Generator;
using CorpusSdk.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusSdk.Tests.Incremental;

/// <summary>
/// The incremental pipeline caches what has not changed: editing C# re-extracts nothing, editing one page re-extracts
/// that page alone, and an AdditionalFile that is not a corpus page changes nothing. Checked on the tracked steps of a
/// second run of the same driver, as the IDE would run it after an edit.
/// </summary>
public class IncrementalPipelineTests
{
    private static readonly IReadOnlyList<TestPage> Pages =
        RepoPaths.SeedPages().Select(p => TestPage.Seed(p.Path, p.Text)).ToList();

    private static readonly IncrementalStepRunReason[] CachedOrUnchanged = [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged];

    private static (GeneratorDriver Driver, List<AdditionalText> Texts, CSharpCompilation Compilation) FirstRun()
    {
        var texts = Pages.Select(GeneratorHarness.Text).ToList();
        var compilation = GeneratorHarness.Compilation("public class UserCode { public int Value => 1; }");
        var driver = GeneratorHarness.Driver(texts, Pages).RunGenerators(compilation);
        var first = driver.GetRunResult().Results[0];
        Assert.Null(first.Exception);
        Assert.Equal(Pages.Count, Outputs(first, CorpusGenerator.Steps.Extracted).Count);
        return (driver, texts, compilation);
    }

    private static List<IncrementalStepRunReason> Outputs(GeneratorRunResult result, string step)
        => result.TrackedSteps[step].SelectMany(run => run.Outputs).Select(o => o.Reason).ToList();

    [Fact]
    public void Editing_a_cs_file_runs_no_extraction()
    {
        var (driver, _, compilation) = FirstRun();
        var before = GeneratorHarness.GeneratedText(driver.GetRunResult());
        var oldTree = compilation.SyntaxTrees.Single();
        var edited = compilation.ReplaceSyntaxTree(oldTree, CSharpSyntaxTree.ParseText("public class UserCode { public int Value => 2; public int Other => 3; }", GeneratorHarness.Latest))
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText("public class MoreCode { }", GeneratorHarness.Latest));

        var second = driver.RunGenerators(edited).GetRunResult();
        var run = second.Results[0];

        var extracted = Outputs(run, CorpusGenerator.Steps.Extracted);
        Assert.Equal(Pages.Count, extracted.Count);
        Assert.All(extracted, reason => Assert.Contains(reason, CachedOrUnchanged));
        Assert.All(Outputs(run, CorpusGenerator.Steps.Pages), reason => Assert.Contains(reason, CachedOrUnchanged));
        Assert.All(Outputs(run, CorpusGenerator.Steps.Corpus), reason => Assert.Contains(reason, CachedOrUnchanged));
        Assert.Equal(before, GeneratorHarness.GeneratedText(second));
    }

    [Fact]
    public void Editing_one_page_re_extracts_that_page_only()
    {
        var (driver, texts, compilation) = FirstRun();
        var edited = Pages[2] with { Text = Pages[2].Text.Replace("Iran", "Iranian", StringComparison.Ordinal) };
        Assert.NotEqual(Pages[2].Text, edited.Text);

        var run = driver.ReplaceAdditionalText(texts[2], GeneratorHarness.Text(edited)).RunGenerators(compilation).GetRunResult().Results[0];

        var extracted = run.TrackedSteps[CorpusGenerator.Steps.Extracted];
        Assert.Equal(Pages.Count, extracted.Length);
        var modified = extracted.Where(step => step.Outputs.Any(o => o.Reason == IncrementalStepRunReason.Modified)).ToList();
        var step = Assert.Single(modified);
        Assert.Equal(Pages[2].Path, ((CorpusSdk.Generator.Model.PageResult)step.Outputs[0].Value).Path);
        Assert.Equal(Pages.Count - 1, extracted.SelectMany(s => s.Outputs).Count(o => o.Reason == IncrementalStepRunReason.Cached));
        // The corpus step does run again: one of its articles changed.
        Assert.Contains(Outputs(run, CorpusGenerator.Steps.Corpus), reason => reason == IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void An_unrelated_additional_file_changes_nothing()
    {
        var (driver, _, compilation) = FirstRun();
        var before = driver.GetRunResult();
        var unrelated = GeneratorHarness.Text(new TestPage("/project/notes/readme.txt", "Not a corpus page: some notes.\n"));

        var second = driver.AddAdditionalTexts([unrelated]).RunGenerators(compilation).GetRunResult();
        var run = second.Results[0];

        var extracted = Outputs(run, CorpusGenerator.Steps.Extracted);
        Assert.Equal(Pages.Count, extracted.Count);
        Assert.All(extracted, reason => Assert.Contains(reason, CachedOrUnchanged));
        var corpus = Outputs(run, CorpusGenerator.Steps.Corpus);
        Assert.NotEmpty(corpus);
        Assert.All(corpus, reason => Assert.Contains(reason, CachedOrUnchanged));
        Assert.Equal(before.GeneratedTrees.Length, second.GeneratedTrees.Length);
        Assert.Equal(GeneratorHarness.GeneratedText(before), GeneratorHarness.GeneratedText(second));
    }
}
