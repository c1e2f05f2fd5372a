using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Sora.Analyzers.Requests;

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
    /// One instance per compilation, safe under concurrent execution: the first <c>Add</c> call of a form that carries
    /// a model, seconds or size field looks up all the <c>Add</c> calls on its form local (a syntax walk of the local's
    /// scope; the semantic model only for calls named <c>Add</c> on an identifier of the local's name) and builds the
    /// whole form's request, which a concurrent dictionary keeps for the form's other Adds (one walk per form, not one
    /// per Add). Each Add then reports only what lies inside it: Roslyn treats a diagnostic outside the operation being
    /// analyzed as non-local (the editor's span analysis drops it and no fix is offered), so a request cannot be
    /// reported once, from its first Add, for values written in later ones. Each value is still reported exactly once,
    /// by its own Add.
    /// A form that is assigned again, or that does not start as a new <c>MultipartFormDataContent</c>, holds values this
    /// finder cannot see: it is left alone.
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

        private const string ModelField = RequestMemberNames.Model;

        private readonly INamedTypeSymbol _formType;
        private readonly INamedTypeSymbol _stringContentType;

        // One finder per compilation (created at compilation start), so a form's request is built once and shared by its Adds.
        private readonly ConcurrentDictionary<VariableDeclaratorSyntax, Form?> _forms = new ConcurrentDictionary<VariableDeclaratorSyntax, Form?>();

        private MultipartFormFinder(INamedTypeSymbol formType, INamedTypeSymbol stringContentType)
        {
            _formType = formType;
            _stringContentType = stringContentType;
        }

        /// <summary>Resolves the form types once per compilation; null when the compilation cannot build a form.</summary>
        public static MultipartFormFinder? Create(Compilation compilation)
        {
            INamedTypeSymbol? formType = compilation.GetBestTypeByMetadataName("System.Net.Http." + FormTypeName);
            INamedTypeSymbol? stringContentType = compilation.GetBestTypeByMetadataName("System.Net.Http.StringContent");
            return formType == null || stringContentType == null ? null : new MultipartFormFinder(formType, stringContentType);
        }

        /// <summary>
        /// The request of the form <paramref name="add"/> adds to, when <paramref name="add"/> writes one of its values
        /// (the caller reports only the diagnostics inside <paramref name="add"/>); its payload is the form's creation,
        /// where the policy starts following the form into a call.
        /// </summary>
        public FoundRequest? Find(IInvocationOperation add, CancellationToken cancellationToken)
        {

            // Cheapest first: most Adds are not on a form, or add a prompt or a file.
            if (!IsFormAdd(add)
                || FieldName(add) == null
                || !(add.SemanticModel is SemanticModel semanticModel)
                || !(FormDeclarator(add, cancellationToken) is VariableDeclaratorSyntax declarator)
                || declarator.SyntaxTree != add.Syntax.SyntaxTree)
            {
                return null;
            }

            // One walk of the form's scope for all of its Adds, not one per Add (a form of n fields would cost n²).
            // A cancelled build leaves no entry behind: GetOrAdd stores nothing when the factory throws.
            Form? found = _forms.GetOrAdd(declarator, _ => Build(declarator, semanticModel, cancellationToken));
            VideoRequest? request = found?.Request;

            // A second "seconds" field is not what the API reads (the first wins): an Add holding no value of the request reports nothing.
            if (request == null || !(Holds(add, request.Model) || Holds(add, request.Seconds) || Holds(add, request.Size) || HoldsField(add, request)))
            {
                return null;
            }

            return new FoundRequest(request, RequestShape.Form, found!.Creation);
        }

        /// <summary>The request of the whole form declared by <paramref name="declarator"/>; null when it is no form this finder can read.</summary>
        private Form? Build(VariableDeclaratorSyntax declarator, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            if (!(declarator.Initializer?.Value is BaseObjectCreationExpressionSyntax creationSyntax)
                || !(LocalFlow.ScopeOf(declarator) is SyntaxNode scope)
                || !(semanticModel.GetDeclaredSymbol(declarator, cancellationToken) is ILocalSymbol local)
                || local.IsRef
                || !(semanticModel.GetOperation(creationSyntax, cancellationToken) is IObjectCreationOperation creation)
                || !SymbolEqualityComparer.Default.Equals(creation.Type, _formType)
                || !(FindAdds(local, scope, semanticModel, cancellationToken) is List<IInvocationOperation> adds))
            {
                return null;
            }

            var builder = new VideoRequestBuilder();
            IInvocationOperation? firstField = null;

            // new MultipartFormDataContent { { new StringContent("sora-2"), "model" } } adds before any statement does.
            if (creation.Initializer != null)
            {
                foreach (IOperation element in creation.Initializer.Initializers)
                {
                    if (element is IInvocationOperation initializerAdd && IsFormAdd(initializerAdd))
                    {
                        Read(initializerAdd, builder, cancellationToken);
                        AddField(initializerAdd, builder);
                        firstField ??= FieldName(initializerAdd) != null ? initializerAdd : null;
                    }
                }
            }

            foreach (IInvocationOperation formAdd in adds)
            {
                Read(formAdd, builder, cancellationToken);
                AddField(formAdd, builder);
                if (firstField == null && FieldName(formAdd) != null)
                {
                    firstField = formAdd;
                }
            }

            // A form without a model is reported for the table's default on its first field's Add: a form's diagnostics lie inside its Adds.
            Location defaultModelLocation = firstField != null ? VideoCallFinder.NameLocation(firstField.Syntax) : declarator.GetLocation();
            VideoRequest? request = builder.Build(declarator.GetLocation(), builder.HasModel ? null : ModelInsertion(adds, declarator), defaultModelLocation, RequestBody.Form);
            return request == null ? null : new Form(request, creationSyntax);
        }

        private bool IsFormAdd(IInvocationOperation invocation)
            => invocation.TargetMethod.Name == AddMethodName && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, _formType);

        private static bool Holds(IInvocationOperation add, RequestValue? value)
            => value != null && Holds(add, value.Location);

        private static bool HoldsField(IInvocationOperation add, VideoRequest request)
        {
            foreach (BodyField field in request.Fields)
            {
                if (Holds(add, field.NameLocation))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Holds(IInvocationOperation add, Location location)
            => location.SourceTree == add.Syntax.SyntaxTree && add.Syntax.Span.Contains(location.SourceSpan);

        /// <summary>The field name an Add gives its content (<c>form.Add(content, "seconds")</c>): a constant, or null.</summary>
        private static string? FieldName(IInvocationOperation add, out IOperation? nameArgument)
        {
            nameArgument = add.Arguments.FirstOrDefault(argument => argument.Parameter?.Name == "name")?.Value;
            return nameArgument != null && nameArgument.ConstantValue.HasValue ? nameArgument.ConstantValue.Value as string : null;
        }

        private static string? FieldName(IInvocationOperation add) => FieldName(add, out _);

        /// <summary>Every named field is a field of the body: a file's too. A statement's Add is removed with its statement.</summary>
        private static void AddField(IInvocationOperation add, VideoRequestBuilder builder)
        {
            if (!(FieldName(add, out IOperation? nameArgument) is string name) || nameArgument == null)
            {
                return;
            }

            ValueEditKind rename = nameArgument.Syntax is LiteralExpressionSyntax ? ValueEditKind.Expression : ValueEditKind.None;
            SyntaxNode removal = add.Syntax.Parent is ExpressionStatementSyntax statement ? statement : add.Syntax;
            builder.AddField(new BodyField(name, exactName: true, nameArgument.Syntax.GetLocation(), rename, removal.GetLocation(), ValueEditKind.Expression));
        }

        /// <summary>The declaration of the form local: <c>form.Add(...)</c>, or an Add of <c>var form = new MultipartFormDataContent { ... }</c>.</summary>
        private static VariableDeclaratorSyntax? FormDeclarator(IInvocationOperation add, CancellationToken cancellationToken)
        {
            switch (add.Instance)
            {
                case ILocalReferenceOperation { Local: ILocalSymbol local } when local.DeclaringSyntaxReferences.Length == 1:
                    return local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) as VariableDeclaratorSyntax;
                case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }
                    when add.Parent is IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation creation }:
                    return creation.Syntax.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } ? declarator : null;
                default:
                    return null;
            }
        }

        /// <summary>The <c>Add</c> calls on <paramref name="local"/> in document order; null when the local is written again.</summary>
        private List<IInvocationOperation>? FindAdds(ILocalSymbol local, SyntaxNode scope, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            var adds = new List<IInvocationOperation>();
            foreach (IdentifierNameSyntax identifier in LocalFlow.Mentions(scope, local.Name))
            {
                if (identifier.Parent is MemberAccessExpressionSyntax member
                    && member.Expression == identifier
                    && member.Name.Identifier.ValueText == AddMethodName
                    && member.Parent is InvocationExpressionSyntax invocation
                    && invocation.Expression == member)
                {
                    if (semanticModel.GetOperation(invocation, cancellationToken) is IInvocationOperation formAdd
                        && formAdd.Instance is ILocalReferenceOperation receiver
                        && SymbolEqualityComparer.Default.Equals(receiver.Local, local)
                        && IsFormAdd(formAdd))
                    {
                        adds.Add(formAdd);
                    }
                }
                else if (LocalFlow.AccessOf(identifier, out _) != LocalAccess.Read && LocalFlow.IsLocal(identifier, local, semanticModel, cancellationToken))
                {
                    return null;
                }
            }

            return adds;
        }

        /// <summary>Does <paramref name="add"/> (<c>Add(content, name[, fileName])</c>) add a request field: a constant, exact field name and a <c>new StringContent(value, ...)</c>?</summary>
        private bool TryReadField(IInvocationOperation add, out RequestProperty property, out IObjectCreationOperation? stringContent)
        {
            IOperation? content = add.Arguments.FirstOrDefault(argument => argument.Parameter?.Name == "content")?.Value;
            while (content is IConversionOperation { IsImplicit: true } conversion)
            {
                content = conversion.Operand;
            }

            stringContent = content as IObjectCreationOperation;
            property = RequestProperty.Model;
            return FieldName(add) is string name
                && RequestMemberNames.TryGet(name, ignoreCase: false, out property)
                && stringContent != null
                && SymbolEqualityComparer.Default.Equals(stringContent.Type, _stringContentType);
        }

        private void Read(IInvocationOperation add, VideoRequestBuilder builder, CancellationToken cancellationToken)
        {
            if (!TryReadField(add, out RequestProperty property, out IObjectCreationOperation? stringContent) || stringContent == null)
            {
                return;
            }

            IArgumentOperation? text = stringContent.Arguments.FirstOrDefault(argument => argument.Parameter?.Ordinal == 0);
            if (text == null || text.ArgumentKind != ArgumentKind.Explicit)
            {
                return;
            }

            builder.Read(property, text.Value, cancellationToken);
        }

        /// <summary>
        /// Where a fix adds <c>form.Add(new StringContent("…"), "model");</c>: after the last <c>Add</c> statement of the
        /// form's own statement list (an Add nested in an <c>if</c> or a lambda may not run, so it is not where the model
        /// goes). Null when there is no such complete statement.
        /// </summary>
        private static InsertionSite? ModelInsertion(List<IInvocationOperation> adds, VariableDeclaratorSyntax declarator)
        {
            SyntaxNode? statements = StatementList(declarator);
            ExpressionStatementSyntax? last = null;
            foreach (IInvocationOperation add in adds)
            {
                if (add.Syntax.Parent is ExpressionStatementSyntax statement && statements != null && ContainerOf(statement) == statements)
                {
                    last = statement;
                }
            }

            return last == null || last.SemicolonToken.IsMissing || !(last.Expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax })
                ? null
                : new InsertionSite(last.GetLocation(), ModelField);
        }

        /// <summary>The statement list an added model statement may join: the declaring block, or the using statement's body.</summary>
        private static SyntaxNode? StatementList(VariableDeclaratorSyntax declarator)
        {
            switch (declarator.Parent?.Parent)
            {
                case UsingStatementSyntax usingStatement:
                    return usingStatement.Statement as BlockSyntax;
                case LocalDeclarationStatementSyntax declaration:
                    return ContainerOf(declaration);
                default:
                    return null;
            }
        }

        // Top-level statements sit in the compilation unit, one GlobalStatement each.
        private static SyntaxNode? ContainerOf(StatementSyntax statement)
            => statement.Parent is GlobalStatementSyntax global ? global.Parent : statement.Parent;

        /// <summary>A form's request, and the form's creation (where a precision check follows the form into a call).</summary>
        private sealed class Form
        {
            public Form(VideoRequest request, SyntaxNode creation)
            {
                Request = request;
                Creation = creation;
            }

            public VideoRequest Request { get; }

            public SyntaxNode Creation { get; }
        }
    }
}
