using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Sora.Analyzers.Finding
{
    /// <summary>
    /// The cheap syntax test wrapper discovery starts from: the names of the methods and local functions whose
    /// declaration mentions a hint of the compilation ("video", as in a <c>/videos</c> URL or <c>VideoClient</c>, a
    /// model's leading letters, a listed method: what gives a request its evidence), and, a few levels deep, of those
    /// whose declaration mentions such a name (they may call one). A method whose request's only evidence would be the
    /// model its callers pass, and which names nothing of the kind, is not read: the price of reading few bodies. Only a call of a method with
    /// one of these names has its target's body bound and read (<see cref="Wrappers"/>). Found from the hint positions
    /// of each tree, so it costs a lookup per position, not a walk of every tree.
    /// </summary>
    internal static class WrapperCandidates
    {
        private const int MaxLevels = 4;

        private static readonly string[] RequestKeys = { RequestMemberNames.Model, "seconds", "size" };

        public static ImmutableHashSet<string> Find(IEnumerable<SyntaxTree> trees, string[] hints, CancellationToken cancellationToken)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            var added = new List<string>();
            SyntaxTree[] treeArray = trees as SyntaxTree[] ?? trees.ToArray();
            foreach (SyntaxTree tree in treeArray)
            {
                SyntaxNode root = tree.GetRoot(cancellationToken);
                HintPositions keys = HintPositions.Of(tree, RequestKeys, cancellationToken);
                foreach (int position in HintPositions.Of(tree, hints, cancellationToken).Positions)
                {
                    // A wrapper builds a request: its declaration names a model, seconds or size too.
                    AddDeclarationAt(root, position, names, added, keys);
                }
            }

            // Each tree's text is copied once for all levels, and only when a level has callees to look for.
            string[]? texts = null;
            for (int level = 1; level < MaxLevels && added.Count > 0; level++)
            {
                string[] callees = added.ToArray();
                added.Clear();
                texts ??= new string[treeArray.Length];
                for (int i = 0; i < treeArray.Length; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    SyntaxTree tree = treeArray[i];
                    string text = texts[i] ??= tree.GetText(cancellationToken).ToString();
                    SyntaxNode root = tree.GetRoot(cancellationToken);
                    foreach (int at in WordsNamed(text, callees))
                    {
                        AddDeclarationAt(root, at, names, added, keys: null);
                    }
                }
            }

            return names.ToImmutableHashSet(StringComparer.Ordinal);
        }

        /// <summary>
        /// Where a word of <paramref name="text"/> is one of <paramref name="names"/>: one pass over the text for all the
        /// names of a level, not one search per name (a level may have hundreds of names, and a search per name was the
        /// largest cost of the wrapper search: docs/performance.md).
        /// </summary>
        private static IEnumerable<int> WordsNamed(string text, string[] names)
        {
            var byFirstLetter = new Dictionary<char, List<string>>();
            foreach (string name in names)
            {
                if (!byFirstLetter.TryGetValue(name[0], out List<string>? list))
                {
                    byFirstLetter[name[0]] = list = new List<string>();
                }

                list.Add(name);
            }

            int i = 0;
            while (i < text.Length)
            {
                if (!IsWordCharacter(text[i]))
                {
                    i++;
                    continue;
                }

                int start = i;
                while (i < text.Length && IsWordCharacter(text[i]))
                {
                    i++;
                }

                if (byFirstLetter.TryGetValue(text[start], out List<string>? candidates))
                {
                    foreach (string name in candidates)
                    {
                        if (name.Length == i - start && string.CompareOrdinal(text, start, name, 0, name.Length) == 0)
                        {
                            yield return start;
                            break;
                        }
                    }
                }
            }
        }

        private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '_';

        private static void AddDeclarationAt(SyntaxNode root, int position, HashSet<string> names, List<string> added, HintPositions? keys)
        {
            SyntaxNode? declaration = root.FindToken(position).Parent?.FirstAncestorOrSelf<SyntaxNode>(n => n is MethodDeclarationSyntax || n is LocalFunctionStatementSyntax);
            (string? name, int parameters) = declaration switch
            {
                MethodDeclarationSyntax method => (method.Identifier.ValueText, method.ParameterList.Parameters.Count),
                LocalFunctionStatementSyntax local => (local.Identifier.ValueText, local.ParameterList.Parameters.Count),
                _ => (null, 0),
            };
            // A method being typed may have no name yet: an empty name would be found at every position of every text.
            if (name is { Length: > 0 } && parameters > 0 && (keys == null || keys.AnyWithin(declaration!.Span)) && names.Add(name))
            {
                added.Add(name);
            }
        }
    }
}
