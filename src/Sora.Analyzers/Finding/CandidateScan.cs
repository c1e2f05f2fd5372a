using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Sora.Analyzers.Finding
{
    /// <summary>
    /// A compilation with no candidate at all costs almost nothing. Every request names a video method or a
    /// model somewhere in the source (a call's name, a model string, a constant holding one), so a compilation whose text
    /// mentions neither "video", a model name or alias of the tables in force, nor a listed video method has no request
    /// to find, and the analyzer registers nothing for it. The answer is cached per syntax tree, which the IDE keeps
    /// across the compilations it builds while the user types.
    /// </summary>
    internal static class CandidateScan
    {
        private const int ChunkLength = 1 << 16;

        private static readonly ConditionalWeakTable<SyntaxTree, TreeAnswer> Answers = new ConditionalWeakTable<SyntaxTree, TreeAnswer>();

        /// <summary>
        /// The words whose presence makes a compilation worth analyzing. A model also contributes its leading letters
        /// ("sora" of "sora-2"), so a misspelt model (<c>sora2</c>, SORA002's business) still counts.
        /// </summary>
        public static string[] Hints(IEnumerable<string> modelNames, IEnumerable<string> videoMethodNames)
            => new[] { "video" }
                .Concat(modelNames.Select(LeadingLetters))
                .Concat(videoMethodNames.Select(n => n.Substring(n.LastIndexOf('.') + 1)))
                .Where(h => h.Length > 0)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .OrderBy(h => h, StringComparer.Ordinal)
                .ToArray();

        // Short prefixes would match everywhere; a name without three leading letters stands for itself.
        private static string LeadingLetters(string name)
        {
            int letters = 0;
            while (letters < name.Length && char.IsLetter(name[letters]))
            {
                letters++;
            }

            return letters >= 3 ? name.Substring(0, letters) : name;
        }

        public static bool AnyTreeMentions(IEnumerable<SyntaxTree> trees, string[] hints, CancellationToken cancellationToken)
        {
            string key = string.Join("\n", hints);
            foreach (SyntaxTree tree in trees)
            {
                TreeAnswer answer = Answers.GetValue(tree, _ => new TreeAnswer());
                bool? known = answer.For(key);
                bool mentions = known ?? answer.Store(key, Mentions(tree.GetText(cancellationToken), hints, cancellationToken));
                if (mentions)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The words whose presence in a member makes its code blocks worth analyzing: the compilation's hints, and the
        /// request keys, since a request built from constants declared elsewhere (<c>Model = Defaults.Model</c>) still
        /// names its model, seconds or size where it is built.
        /// </summary>
        public static string[] BlockHints(string[] hints)
            => hints.Concat(new[] { RequestMemberNames.Model, "seconds", "size" }).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

        /// <summary>
        /// Does the member that holds a code block (its whole declaration: a method's signature names its return type,
        /// which a target-typed <c>new(...)</c> creates) mention a hint?
        /// </summary>
        public static bool BlockMentions(SyntaxNode block, string[] blockHints, CancellationToken cancellationToken)
        {
            SyntaxNode member = block.FirstAncestorOrSelf<SyntaxNode>(n => n is MemberDeclarationSyntax) ?? block.SyntaxTree.GetRoot(cancellationToken);
            return HintPositions.Of(block.SyntaxTree, blockHints, cancellationToken).AnyWithin(member.Span);
        }

        public static bool AnyBlockMentions(ImmutableArray<IOperation> blocks, string[] hints, CancellationToken cancellationToken)
        {
            foreach (IOperation block in blocks)
            {
                if (BlockMentions(block.Syntax, hints, cancellationToken))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Mentions(SourceText text, string[] hints, CancellationToken cancellationToken)
            => Mentions(text, new TextSpan(0, text.Length), hints, cancellationToken);

        private static bool Mentions(SourceText text, TextSpan span, string[] hints, CancellationToken cancellationToken)
        {
            int overlap = hints.Max(h => h.Length) - 1;
            var buffer = new char[Math.Min(ChunkLength, span.Length) + overlap];
            for (int start = span.Start; start < span.End; start += ChunkLength)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int length = Math.Min(ChunkLength + overlap, span.End - start);
                text.CopyTo(start, buffer, 0, length);
                string chunk = new string(buffer, 0, length);
                foreach (string hint in hints)
                {
                    if (chunk.IndexOf(hint, StringComparison.OrdinalIgnoreCase) >= 0)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>One tree's answer for one set of hints (the hints change only when the tables or options do).</summary>
        private sealed class TreeAnswer
        {
            private Tuple<string, bool>? _answer;

            public bool? For(string key)
            {
                Tuple<string, bool>? answer = Volatile.Read(ref _answer);
                return answer != null && answer.Item1 == key ? answer.Item2 : (bool?)null;
            }

            public bool Store(string key, bool mentions)
            {
                Volatile.Write(ref _answer, Tuple.Create(key, mentions));
                return mentions;
            }
        }
    }
}
