using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Sora.Analyzers.Finding;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.Tests.Robustness;

/// <summary>The smallest reproducers of the problems the robustness work found, kept so they stay fixed.</summary>
public class RegressionTests
{
    /// <summary>
    /// Half-typed code (`class VideoJob VideoJob`) parses a constructor as a method with no name: the wrapper search
    /// looked for that empty name at every position of every text, forever (the fuzz run found it). A nameless method is
    /// no wrapper candidate.
    /// </summary>
    [Fact]
    public async Task AMethodWithNoNameIsNoWrapperCandidate()
    {
        SyntaxTree tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("""
            class App
            {
                VideoJob Create() => new VideoJob("a fox");
            }
            class VideoJob VideoJob
            {
                public VideoJob(string prompt = "", string model = "sora-2", int seconds = 10) { }
            }
            """);

        System.Collections.Immutable.ImmutableHashSet<string> names = await Task.Run(() => WrapperCandidates.Find(new[] { tree }, new[] { "sora", "video" }, CancellationToken.None))
            .WaitAsync(TimeSpan.FromMinutes(1));

        Assert.DoesNotContain(string.Empty, names);
    }

    /// <summary>
    /// Each Add that writes a field used to walk the whole form again (and, for a form without a model, follow it into
    /// the video call again): 5,000 Adds took 49 s. The form's request is now built once per compilation and shared by
    /// its Adds; this checks the sharing itself, which keeps the cost linear, without a timer.
    /// </summary>
    [Fact]
    public void TheAddsOfOneFormShareOneRequest()
    {
        Compilation compilation = AnalyzerRun.CreateCompilation(new[]
        {
            new SourceFile("/Form.cs", """
                using System.Net.Http;

                class App
                {
                    void Run()
                    {
                        using var form = new MultipartFormDataContent();
                        form.Add(new StringContent("sora-2"), "model");
                        form.Add(new StringContent("10"), "seconds");
                        form.Add(new StringContent("12"), "seconds");
                        form.Add(new StringContent("1792x1024"), "size");
                    }
                }
                """),
        });
        SyntaxTree tree = compilation.SyntaxTrees.Single();
        SemanticModel semanticModel = compilation.GetSemanticModel(tree);
        MultipartFormFinder finder = MultipartFormFinder.Create(compilation)!;

        VideoRequest?[] requests = tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Select(add => finder.Find((IInvocationOperation)semanticModel.GetOperation(add)!, CancellationToken.None)?.Request)
            .ToArray();

        // Every Add holds a field of the body (the unknown-parameter check reads them all) and finds the one request;
        // the second "seconds" is not the value the API reads.
        Assert.NotNull(requests[0]);
        Assert.Same(requests[0], requests[1]);
        Assert.Same(requests[0], requests[2]);
        Assert.Same(requests[0], requests[3]);
        Assert.Equal("10", requests[0]!.Seconds!.Text);
    }

    /// <summary>
    /// Reading a local (is it assigned once?) and following a payload through its local walked the local's whole
    /// scope each time: a method of 2,000 calls reading one local took 4.3 s, 2,000 payload locals 5.3 s. The scope's
    /// identifiers are now indexed by name once and the index is shared by every lookup in that scope.
    /// </summary>
    [Fact]
    public void OneScopeIsWalkedOnceForEveryLookupInIt()
    {
        SyntaxNode root = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("""
            class App
            {
                void Run()
                {
                    var seconds = "10";
                    Call(seconds);
                    seconds = "8";
                    Call(x => seconds);
                }
            }
            """).GetRoot();
        BlockSyntax body = root.DescendantNodes().OfType<BlockSyntax>().Single();

        IReadOnlyList<IdentifierNameSyntax> uses = IdentifierIndex.Named(body, "seconds");

        Assert.Same(uses, IdentifierIndex.Named(body, "seconds"));
        Assert.Equal(body.DescendantNodes().OfType<IdentifierNameSyntax>().Where(i => i.Identifier.ValueText == "seconds"), uses);
        Assert.Empty(IdentifierIndex.Named(body, "model"));
    }

    /// <summary>
    /// Reading a local asked for its writes at each read: 5,000 calls reading one local cost 2.1 s. A body's locals are
    /// now indexed by one walk, shared by every read in the body (docs/design.md, "Flow"); this checks the sharing, which
    /// keeps the cost linear, without a timer.
    /// </summary>
    [Fact]
    public void OneBodysLocalsAreIndexedOnceForEveryRead()
    {
        Compilation compilation = AnalyzerRun.CreateCompilation(new[]
        {
            new SourceFile("/Reads.cs", """
                class App
                {
                    void Run()
                    {
                        var seconds = "10";
                        System.Console.WriteLine(seconds);
                        System.Console.WriteLine(seconds);
                    }
                }
                """),
        });
        SyntaxTree tree = compilation.SyntaxTrees.Single();
        SemanticModel semanticModel = compilation.GetSemanticModel(tree);
        IOperation body = semanticModel.GetOperation(tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single())!;
        ILocalReferenceOperation[] reads = body.Descendants().OfType<ILocalReferenceOperation>().ToArray();

        Sora.Analyzers.Requests.Flow.LocalWriteIndex index = Sora.Analyzers.Requests.Flow.BodyFlow.Of(reads[0]).Locals(CancellationToken.None);

        Assert.Equal(2, reads.Length);
        Assert.Same(index, Sora.Analyzers.Requests.Flow.BodyFlow.Of(reads[1]).Locals(CancellationToken.None));
        Assert.Equal("\"10\"", Sora.Analyzers.Requests.Flow.LocalValues.OnlyWrite(reads[1], CancellationToken.None)!.Syntax.ToString());
    }
}
