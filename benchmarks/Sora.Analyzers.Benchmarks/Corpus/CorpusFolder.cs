using System.Collections.Generic;
using System.IO;

namespace Sora.Analyzers.Benchmarks.Corpus;

/// <summary>Writes generated files to a folder (--write-corpus), to read them or to build them.</summary>
internal static class CorpusFolder
{
    public static void Write(string folder, IReadOnlyList<SourceFile> files, TextWriter log)
    {
        foreach (SourceFile file in files)
        {
            string path = Path.Combine(folder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text);
        }

        log.WriteLine($"Wrote {files.Count} files to {Path.GetFullPath(folder)}");
    }
}
