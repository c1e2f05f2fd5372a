using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Sora.Analyzers.Requests;
using Sora.Analyzers.Requests.Flow;

namespace Sora.Analyzers.Finding
{
    /// <summary>
    /// The <c>form.Add(new StringContent("10"), "seconds")</c> calls on one <c>MultipartFormDataContent</c>
    /// local of one method body form one request, whatever the order of the calls. The value is the StringContent's
    /// first argument (the squiggle sits there, and a fix rewrites it in its own form); the field name must be a
    /// constant that matches exactly, as it goes to the API as written. Any <c>Add</c> overload counts, the one with a
    /// file name included, as long as its content is a <c>new StringContent(...)</c>; so do the Adds of the form's
    /// collection initializer.
    /// </summary>
    /// <remarks>
    /// <para>
    /// One instance per compilation, safe under concurrent execution. A form is a payload completed after its creation,
    /// read as every such payload is (<see cref="CompletedPayloads"/>: the Adds that reach where the form is handed on,
    /// the first field of a name winning), once per form and shared by its Adds. Each Add then reports only what lies
    /// inside it: Roslyn treats a diagnostic outside the operation being analyzed as non-local (the editor's span
    /// analysis drops it and no fix is offered), so a request cannot be reported once, from its first Add, for values
    /// written in later ones. Each value is still reported exactly once, by its own Add. A form written in a way that
    /// gives no value, or that does not start as a new <c>MultipartFormDataContent</c>, holds values this finder cannot
    /// see: it is left alone.
    /// </para>
    /// <para>
    /// Precision (docs/design.md): a form is a video request when its model names a video model (or nearly does), or when
    /// the form local reaches a video call (<c>await studio.CreateVideoAsync(form)</c>), followed by
    /// <see cref="PayloadFlow"/> from the form's creation. <c>http.PostAsync(url, form)</c> is deliberately not a video
    /// call: its name does not say "Video" and the URL is rarely a constant, so a form posted that way counts only when
    /// it names a video model; a form without one stays silent (a file upload with a "size" field is not a video request).
    /// Users can list their own senders in <c>sora_analyzers.video_methods</c>.
    /// </para>
    /// </remarks>
    internal sealed class MultipartFormFinder
    {
        /// <summary>The only name worth a look: the analyzer tests it before anything else on every invocation.</summary>
        public const string AddMethodName = "Add";

        /// <summary>The form type's simple name: a call on another type is not looked at.</summary>
        public const string FormTypeName = "MultipartFormDataContent";

        private readonly FormKind _kind;
        private readonly CompletedPayloads _forms;

        private MultipartFormFinder(INamedTypeSymbol formType, INamedTypeSymbol stringContentType)
        {
            _kind = new FormKind(formType, stringContentType);
            _forms = new CompletedPayloads(_kind);
        }

        /// <summary>Resolves the form types once per compilation; null when the compilation cannot build a form.</summary>
        public static MultipartFormFinder? Create(Compilation compilation)
        {
            CompilationTypes types = CompilationTypes.Of(compilation);
            return types.MultipartFormDataContent is INamedTypeSymbol formType && types.StringContent is INamedTypeSymbol stringContentType
                ? new MultipartFormFinder(formType, stringContentType)
                : null;
        }

        /// <summary>
        /// The request of the form <paramref name="add"/> adds to, when <paramref name="add"/> writes one of its fields that
        /// reach where the form is sent (the caller reports only the diagnostics inside <paramref name="add"/>); its payload
        /// is the form's creation, where the policy starts following the form into a call.
        /// </summary>
        public FoundRequest? Find(IInvocationOperation add, CancellationToken cancellationToken)
            // Cheapest first: most Adds are not on a form, or add a prompt or a file.
            => _kind.IsFormAdd(add) && FormKind.FieldName(add, out _) != null
                ? _forms.FromWrite(add, cancellationToken)?.Found
                : null;

        /// <summary>A form's fields: each <c>Add</c> with a constant name adds one, and the first of a name is the one the API reads.</summary>
        private sealed class FormKind : PayloadKind
        {
            private const string ModelField = RequestMemberNames.Model;

            private readonly INamedTypeSymbol _formType;
            private readonly INamedTypeSymbol _stringContentType;

            public FormKind(INamedTypeSymbol formType, INamedTypeSymbol stringContentType)
            {
                _formType = formType;
                _stringContentType = stringContentType;
            }

            public override bool NeedsWritesAfterCreation => false;

            public override bool EveryWriteIsSent => true;

            public override bool IsPayloadType(ITypeSymbol? type) => SymbolEqualityComparer.Default.Equals(type, _formType);

            public bool IsFormAdd(IInvocationOperation invocation)
                => invocation.TargetMethod.Name == AddMethodName && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, _formType);

            /// <summary>The field name an Add gives its content (<c>form.Add(content, "seconds")</c>): a constant, or null.</summary>
            public static string? FieldName(IInvocationOperation add, out IOperation? nameArgument)
            {
                nameArgument = add.Arguments.FirstOrDefault(argument => argument.Parameter?.Name == "name")?.Value;
                return nameArgument != null && nameArgument.ConstantValue.HasValue ? nameArgument.ConstantValue.Value as string : null;
            }

            /// <summary>
            /// <c>Add(content, name[, fileName])</c> with a constant name: a field; its value is the text of a
            /// <c>new StringContent(value, ...)</c>, and none for other content (a file).
            /// </summary>
            public override bool TryRead(IOperation operation, out PayloadWrite write)
            {
                if (!(operation is IInvocationOperation add) || !IsFormAdd(add) || !(FieldName(add, out IOperation? nameArgument) is string name) || nameArgument == null)
                {
                    write = default;
                    return false;
                }

                write = new PayloadWrite(operation, name, nameArgument, Text(add), DefinitionKind.AddIfAbsent);
                return true;
            }

            private IOperation? Text(IInvocationOperation add)
            {
                IOperation? content = add.Arguments.FirstOrDefault(argument => argument.Parameter?.Name == "content")?.Value.WithoutImplicitConversions();

                return content is IObjectCreationOperation stringContent
                       && SymbolEqualityComparer.Default.Equals(stringContent.Type, _stringContentType)
                       && stringContent.Arguments.FirstOrDefault(argument => argument.Parameter?.Ordinal == 0) is IArgumentOperation { ArgumentKind: ArgumentKind.Explicit } text
                    ? text.Value
                    : null;
            }

            /// <summary>Every named field is a field of the body: a file's too. A statement's Add is removed with its statement.</summary>
            public override void Read(PayloadWrite write, bool value, VideoRequestBuilder builder, CancellationToken cancellationToken)
            {
                if (value && write.Value != null && RequestMemberNames.TryGet(write.Key, ignoreCase: false, out RequestProperty property))
                {
                    builder.Read(property, write.Value, cancellationToken);
                }

                ValueEditKind rename = write.KeyOperation.Syntax is LiteralExpressionSyntax ? ValueEditKind.Expression : ValueEditKind.None;
                builder.AddField(new BodyField(write.Key, exactName: true, write.KeyOperation.Syntax.GetLocation(), rename, Removable(write.Operation.Syntax).GetLocation(), ValueEditKind.Expression));
            }

            /// <summary>A form without a model is reported for the table's default on its first field's Add: a form's diagnostics lie inside its Adds.</summary>
            public override VideoRequest? Build(VideoRequestBuilder builder, IObjectCreationOperation creation, SyntaxNode target, IReadOnlyList<PayloadWrite> writes)
            {
                PayloadWrite? firstField = null;
                foreach (PayloadWrite write in writes)
                {
                    if (firstField == null || write.Operation.Syntax.SpanStart < firstField.Value.Operation.Syntax.SpanStart)
                    {
                        firstField = write;
                    }
                }

                Location defaultModelLocation = firstField != null ? VideoCallFinder.NameLocation(firstField.Value.Operation.Syntax) : target.GetLocation();
                return builder.Build(target.GetLocation(), builder.HasModel ? null : ModelInsertion(writes, target), defaultModelLocation, RequestBody.Form);
            }

            /// <summary>
            /// Where a fix adds <c>form.Add(new StringContent("…"), "model");</c>: after the last <c>Add</c> statement of the
            /// form's own statement list (an Add nested in an <c>if</c> or a lambda may not run, so it is not where the model
            /// goes). Null when there is no such complete statement.
            /// </summary>
            private static InsertionSite? ModelInsertion(IReadOnlyList<PayloadWrite> writes, SyntaxNode target)
            {
                SyntaxNode? statements = StatementList(target);
                ExpressionStatementSyntax? last = null;
                foreach (PayloadWrite write in writes)
                {
                    if (write.Operation.Syntax.Parent is ExpressionStatementSyntax statement && statements != null && ContainerOf(statement) == statements
                        && (last == null || statement.SpanStart > last.SpanStart))
                    {
                        last = statement;
                    }
                }

                return last == null || last.SemicolonToken.IsMissing || !(last.Expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax })
                    ? null
                    : new InsertionSite(last.GetLocation(), ModelField);
            }

            /// <summary>The statement list an added model statement may join: the declaring block, the using statement's body, or the assignment's list.</summary>
            private static SyntaxNode? StatementList(SyntaxNode target)
            {
                switch (target.Parent?.Parent)
                {
                    case UsingStatementSyntax usingStatement:
                        return usingStatement.Statement as BlockSyntax;
                    case LocalDeclarationStatementSyntax declaration:
                        return ContainerOf(declaration);
                    default:
                        return target.Parent is ExpressionStatementSyntax statement ? ContainerOf(statement) : null;
                }
            }

            // Top-level statements sit in the compilation unit, one GlobalStatement each.
            private static SyntaxNode? ContainerOf(StatementSyntax statement)
                => statement.Parent is GlobalStatementSyntax global ? global.Parent : statement.Parent;
        }
    }
}
