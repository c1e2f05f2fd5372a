using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Sora.Analyzers.CodeFixes.Fixes.Insertion
{
    /// <summary>
    /// Adds a value the code does not write, at the node the analyzer named (see <c>InsertionSite</c>): the node's kind
    /// says which code shape it is, and the shape's inserter lays out the new text in that code's own style.
    /// </summary>
    internal static class ValueInserter
    {
        public static async Task<TextChange?> InsertAsync(Document document, SyntaxNode root, SourceText text, ValueTarget target, string value, CancellationToken cancellationToken)
        {
            if (target.InsertName == null || !root.FullSpan.Contains(target.EditSpan))
            {
                return null;
            }

            string literal = LiteralFormat.For(target.ValueType, value);
            SyntaxNode node = root.FindNode(target.EditSpan, getInnermostNodeForTie: true);
            switch (node)
            {
                case InvocationExpressionSyntax _:
                case BaseObjectCreationExpressionSyntax _:
                    return ArgumentInserter.Insert((ExpressionSyntax)node, target.InsertName, literal, text);
                case AnonymousObjectCreationExpressionSyntax anonymous:
                    return MemberInserter.Insert(anonymous, target.InsertName, literal);
                case InitializerExpressionSyntax initializer:
                    return MemberInserter.Insert(initializer, target.InsertName, literal);
                case ExpressionStatementSyntax statement:
                    return FormFieldInserter.Insert(statement, target.InsertName, literal, text);
                case LiteralExpressionSyntax _:
                case InterpolatedStringExpressionSyntax _:
                case InterpolatedStringTextSyntax _:
                case InterpolationSyntax _:
                    // A JSON object inside a string: its characters are part of the literal.
                    SyntaxNode? stringExpression = node is InterpolatedStringTextSyntax || node is InterpolationSyntax ? node.Parent : node;
                    SemanticModel? semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                    return stringExpression == null || semanticModel?.GetOperation(stringExpression, cancellationToken) is not IOperation operation
                        ? null
                        : JsonMemberInserter.Insert(operation, target.EditSpan, target.InsertName, value, text);
                default:
                    return null;
            }
        }
    }
}
