using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Sora.Analyzers.Benchmarks.Corpus;

/// <summary>
/// What the corpus generators share: a seeded random stream for the corpus and another for its <see cref="CorpusExtras"/>,
/// the ledgers of planted requests and payloads, the peers' mistakes, and the layout: the shared sources, then files whose
/// sizes vary around the average so that the total comes out at the target, each ending with its extras.
/// </summary>
internal abstract class CorpusGenerator
{
    private readonly Random _extrasRandom;
    private readonly CorpusExtras _extras;
    private int _extraVideoRequests;
    private int _extraPayloads;

    protected CorpusGenerator(int seed, CorpusExtras extras)
    {
        CorpusRandom = new Random(seed);
        _extrasRandom = new Random(~seed);
        _extras = extras;
    }

    /// <summary>Draws everything but the extras.</summary>
    protected Random CorpusRandom { get; }

    protected List<PlantedRequest> Requests { get; } = new List<PlantedRequest>();

    protected List<PlantedPayload> Payloads { get; } = new List<PlantedPayload>();

    protected PeerMistakes PeerMistakes { get; } = new PeerMistakes();

    /// <summary>Lines of the files finished so far, their extras left out (they must not move anything else).</summary>
    protected int LinesWritten { get; private set; }

    public GeneratedCorpus Generate(int targetLines, int fileCount)
    {
        var files = new List<SourceFile>(SharedFiles());
        LinesWritten = files.Sum(file => file.LineCount);
        fileCount = Math.Max(1, fileCount);
        for (int index = 0; index < fileCount; index++)
        {
            int filesLeft = fileCount - index;
            int linesLeft = Math.Max(40, targetLines - LinesWritten);
            int target = filesLeft == 1 ? linesLeft : (int)(linesLeft / (double)filesLeft * (0.6 + (CorpusRandom.NextDouble() * 0.8)));
            files.Add(WriteFile(index, Math.Max(40, target)));
        }

        return new GeneratedCorpus(files, Requests, Payloads, PeerMistakes.Format, PeerMistakes.Logging, _extraVideoRequests, _extraPayloads);
    }

    /// <summary>The support code every file of the corpus compiles against.</summary>
    protected abstract IEnumerable<SourceFile> SharedFiles();

    /// <summary>One file of about <paramref name="targetLines"/> lines, ended by <see cref="Finish"/>.</summary>
    protected abstract SourceFile WriteFile(int index, int targetLines);

    /// <summary>A member holding the corpus's <paramref name="index"/>-th video request (its shape and value cycle with it).</summary>
    protected abstract PlantedRequest WriteVideoRequest(CodeWriter writer, string path, string feature, string suffix, int index, Random random);

    /// <summary>
    /// A member that is nothing but the <paramref name="index"/>-th extra non-video payload (its kind cycles with it): a
    /// constant or an expression-bodied member, so that what it costs is the payload's, not that of the calls around it.
    /// </summary>
    protected abstract void WritePayloadAlone(CodeWriter writer, string feature, string suffix, int index, Random random);

    /// <summary>Starts a file: the usings, the namespace, and a class deriving from the shared <c>ServiceBase</c>.</summary>
    protected static CodeWriter StartClass(string namespaceName, string summary, string className, params string[] usings)
    {
        var writer = new CodeWriter();
        writer.Block(SharedSources.Usings);
        writer.Line("using Contoso.Shared;");
        foreach (string name in usings)
        {
            writer.Line($"using {name};");
        }

        writer.Line();
        writer.Line($"namespace {namespaceName};");
        writer.Line();
        writer.Line($"/// <summary>{summary}</summary>");
        writer.Open($"public sealed class {className} : ServiceBase");
        return writer;
    }

    /// <summary>The shared sources of a corpus whose classes call the video wrapper (<see cref="SharedSources.VideoStudio"/>).</summary>
    protected static IEnumerable<SourceFile> SharedFilesWithVideoStudio() => SharedSources.Create(withVideo: true).Append(SharedSources.VideoStudio);

    /// <summary>The area (namespace and folder) and the feature (class name) of the <paramref name="index"/>-th file.</summary>
    protected static (string Area, string Feature) AreaAndFeature(int index)
        => (Vocabulary.Areas[index % Vocabulary.Areas.Length], Vocabulary.Features[(index / Vocabulary.Areas.Length) % Vocabulary.Features.Length]);

    /// <summary>Starts a class that calls the video wrapper: <see cref="StartClass"/>, then its <c>_studio</c> field and the constructor that creates it.</summary>
    protected static CodeWriter StartVideoStudioClass(string namespaceName, string summary, string className)
    {
        CodeWriter writer = StartClass(namespaceName, summary, className, "Contoso.Media.Video");
        writer.Line("private readonly VideoStudio _studio;");
        writer.Line();
        writer.Line($"public {className}(ServiceDependencies dependencies)");
        writer.Open("    : base(dependencies)");
        writer.Line("_studio = new VideoStudio(dependencies.Http);");
        writer.Close();
        return writer;
    }

    /// <summary>Ends a file: its extras after everything else, from their own random stream and outside the ledgers, then the class's closing brace.</summary>
    protected SourceFile Finish(CodeWriter writer, string path, string feature)
    {
        int linesWithoutExtras = writer.LineCount + 1;
        for (int i = 0; i < _extras.VideoRequestsPerFile; i++)
        {
            writer.Line();
            WriteVideoRequest(writer, path, feature, "ExtraRequest" + i.ToString(CultureInfo.InvariantCulture), _extraVideoRequests++, _extrasRandom);
        }

        for (int i = 0; i < _extras.PayloadsPerFile; i++)
        {
            writer.Line();
            WritePayloadAlone(writer, feature, "ExtraPayload" + i.ToString(CultureInfo.InvariantCulture), _extraPayloads++, _extrasRandom);
        }

        writer.Close();
        LinesWritten += linesWithoutExtras;
        return new SourceFile(path, writer.ToString());
    }
}
