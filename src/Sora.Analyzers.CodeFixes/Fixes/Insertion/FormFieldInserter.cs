using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Sora.Analyzers.CodeFixes.Fixes.Insertion
{
    /// <summary>
    /// Adds a multipart form field as a new statement <c>form.Add(new StringContent("…"), "model");</c> right after the
    /// form's last <c>Add</c> statement: on its own line with that statement's indentation and line ending, or after it
    /// on the same line when the Adds share one.
    /// </summary>
    internal static class FormFieldInserter
    {
        private const string DefaultStringContentType = "StringContent";

        public static TextChange? Insert(ExpressionStatementSyntax lastAdd, string field, string literal, SourceText text)
        {
            if (lastAdd.SemicolonToken.IsMissing || !(lastAdd.Expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member }))
            {
                return null;
            }

            string statement = member.Expression + "." + member.Name + "(new " + StringContentType(lastAdd) + "(" + literal + "), " + LiteralFormat.String(field) + ");";
            if (!Layout.StartsLine(lastAdd, text))
            {
                return new TextChange(new TextSpan(lastAdd.Span.End, 0), " " + statement);
            }

            string indentation = Layout.IndentationOfLine(lastAdd, text);
            string? lineBreak = Layout.LineBreak(lastAdd.GetTrailingTrivia());
            return lineBreak != null
                ? new TextChange(new TextSpan(lastAdd.FullSpan.End, 0), indentation + statement + lineBreak)
                : new TextChange(new TextSpan(lastAdd.Span.End, 0), Layout.DocumentLineBreak(text) + indentation + statement);
        }

        // StringContent as the form's own Adds write it (qualified or not), so the new statement compiles where they do.
        private static string StringContentType(StatementSyntax lastAdd)
        {
            SyntaxNode statements = lastAdd.Parent is GlobalStatementSyntax global ? global.Parent! : lastAdd.Parent!;
            TypeSyntax? written = statements.DescendantNodes()
                .OfType<ObjectCreationExpressionSyntax>()
                .Where(creation => creation.SpanStart < lastAdd.Span.End && RightmostName(creation.Type) == DefaultStringContentType)
                .Select(creation => creation.Type)
                .FirstOrDefault();
            return written?.ToString() ?? DefaultStringContentType;
        }

        private static string? RightmostName(TypeSyntax type) => type switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => null,
        };
    }
}
