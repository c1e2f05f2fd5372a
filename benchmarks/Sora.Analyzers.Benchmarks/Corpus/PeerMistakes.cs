using System;

namespace Sora.Analyzers.Benchmarks.Corpus;

/// <summary>
/// Plants the peers' mistakes: one CA2241 mistake (a format string with more placeholders than arguments) and one CA2017
/// mistake (a log template with more holes than arguments) per <see cref="LinesPerMistake"/> lines, and one of each early
/// on, so that the peers have something to find as well as something to inspect.
/// </summary>
internal sealed class PeerMistakes
{
    public const int LinesPerMistake = 2500;

    public int Format { get; private set; }

    public int Logging { get; private set; }

    /// <summary>Writes the next mistake that is due at <paramref name="linesSoFar"/>, if any; true when it wrote one.</summary>
    public bool TryWrite(CodeWriter writer, Random random, int linesSoFar, string suffix)
    {
        if (TakeFormatMistake(linesSoFar))
        {
            writer.Block($$"""
                public string Describe{{random.Pick(Vocabulary.Nouns)}}Progress{{suffix}}(int processed, int total)
                {
                    return string.Format(CultureInfo.InvariantCulture, "{0} of {1} {2} processed", processed, total);
                }
                """);
            return true;
        }

        if (TakeLoggingMistake(linesSoFar))
        {
            writer.Block($$"""
                public void Report{{random.Pick(Vocabulary.Nouns)}}Failure{{suffix}}(int attempt, string operation)
                {
                    Logger.LogWarning("Attempt {Attempt} of {MaxAttempts} failed for {Operation}", attempt, operation);
                }
                """);
            return true;
        }

        return false;
    }

    /// <summary>
    /// True when a CA2241 mistake is due at <paramref name="linesSoFar"/>, counting it as planted: for a generator that
    /// writes the mistake into a member of its own (one argument left out of a <c>string.Format</c> it writes anyway).
    /// </summary>
    public bool TakeFormatMistake(int linesSoFar)
    {
        if (Format >= 1 + (linesSoFar / LinesPerMistake))
        {
            return false;
        }

        Format++;
        return true;
    }

    /// <summary>True when a CA2017 mistake is due at <paramref name="linesSoFar"/>, counting it as planted (see <see cref="TakeFormatMistake"/>).</summary>
    public bool TakeLoggingMistake(int linesSoFar)
    {
        if (Logging >= 1 + (linesSoFar / LinesPerMistake))
        {
            return false;
        }

        Logging++;
        return true;
    }
}
