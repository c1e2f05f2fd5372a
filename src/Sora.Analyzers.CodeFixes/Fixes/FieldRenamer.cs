using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.CodeFixes.Fixes
{
    /// <summary>
    /// Renames a body field in place (SORA006): an anonymous object's member (<c>duration = 8</c> → <c>seconds = 8</c>,
    /// <c>new { duration }</c> → <c>new { seconds = duration }</c>), a key or form field literal in its own form, or a
    /// JSON name inside a string literal.
    /// </summary>
    internal static class FieldRenamer
    {
        public static TextChange? Rename(SyntaxNode root, TextSpan name, ValueEditKind kind, string newName, bool asWritten)
        {
            if (!root.FullSpan.Contains(name))
            {
                return null;
            }

            if (kind == ValueEditKind.TextInString)
            {
                // Parameter names are plain ASCII: no literal needs an escape for them.
                return new TextChange(name, newName);
            }

            switch (SyntaxAt.Node(root, name))
            {
                case IdentifierNameSyntax { Parent: NameEqualsSyntax } member:
                    return new TextChange(name, asWritten ? newName : InStyleOf(member.Identifier.ValueText, newName));
                case ExpressionSyntax projection when projection.Parent is AnonymousObjectMemberDeclaratorSyntax { NameEquals: null }:
                    string projected = projection is MemberAccessExpressionSyntax access ? access.Name.Identifier.ValueText : projection.ToString();
                    return new TextChange(new TextSpan(name.Start, 0), (asWritten ? newName : InStyleOf(projected, newName)) + " = ");
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                    return new TextChange(name, LiteralText.Like(literal.Token, newName, SpecialType.System_String));
                default:
                    return null;
            }
        }

        /// <summary>
        /// A C# member's name reaches the API through the serializer's naming policy: where that policy is not visible, the
        /// new name keeps the old one's case style (<c>Duration</c> → <c>Seconds</c>), so the policy gives the parameter;
        /// where it is, the parameter is written as it is, which camel and snake case keep.
        /// </summary>
        private static string InStyleOf(string original, string parameter)
        {
            if (original.Length == 0 || original.IndexOf('_') >= 0 || (char.IsLower(original[0]) && original.ToLowerInvariant() == original))
            {
                return parameter;
            }

            var text = new System.Text.StringBuilder(parameter.Length);
            bool upper = char.IsUpper(original[0]);
            foreach (char c in parameter)
            {
                if (c == '_')
                {
                    upper = true;
                    continue;
                }

                text.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }

            return text.ToString();
        }
    }
}
