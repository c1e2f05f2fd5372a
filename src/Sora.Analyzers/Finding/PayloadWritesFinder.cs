using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.Finding
{
    /// <summary>
    /// A dictionary or <c>JsonObject</c> body completed after its creation: <c>body["seconds"] = 10;</c>,
    /// <c>body.Add("size", "1280x720")</c>, <c>body.TryAdd(...)</c> on the local it was created into, before it is sent.
    /// The creation and every write form one request, found once per local (a walk of the local's scope) and reported
    /// node by node, like a multipart form: each write reports what lies inside it. A write that always runs replaces the
    /// value; one inside a branch or a lambda adds a candidate. A local assigned again is left alone.
    /// One instance per compilation; safe under concurrent execution.
    /// </summary>
    internal sealed class PayloadWritesFinder
    {
        // Types whose string-keyed entries are a JSON body's members.
        private static readonly string[] BodyTypeNames = { "Dictionary", "IDictionary", "SortedDictionary", "ConcurrentDictionary", "JsonObject", "JObject" };

        private readonly ConcurrentDictionary<VariableDeclaratorSyntax, Payload?> _payloads = new ConcurrentDictionary<VariableDeclaratorSyntax, Payload?>();

        /// <summary>The request of a body created by <paramref name="creation"/> into a local that is written after; null for any other creation.</summary>
        public FoundRequest? FromCreation(IObjectCreationOperation creation, CancellationToken cancellationToken)
            => IsBodyType(creation.Type)
               && creation.Syntax.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }
               && creation.SemanticModel is SemanticModel semanticModel
               && Get(declarator, semanticModel, cancellationToken) is Payload payload
                ? new FoundRequest(payload.Request, RequestShape.Form, payload.Creation)
                : null;

        /// <summary>The request <paramref name="write"/> (an indexer assignment or an Add/TryAdd call on a body local) belongs to; null otherwise.</summary>
        public FoundRequest? FromWrite(IOperation write, IOperation? receiver, CancellationToken cancellationToken)
        {
            if (!(receiver is ILocalReferenceOperation { Local: ILocalSymbol local })
                || !IsBodyType(local.Type)
                || !(write.SemanticModel is SemanticModel semanticModel)
                || !(LocalFlow.DeclaratorOf(local, write.Syntax.SyntaxTree, cancellationToken) is VariableDeclaratorSyntax declarator)
                || !(Get(declarator, semanticModel, cancellationToken) is Payload payload)
                || !payload.Writes.Contains(write.Syntax))
            {
                return null;
            }

            return new FoundRequest(payload.Request, RequestShape.Form, payload.Creation);
        }

        /// <summary>The cheap test for every assignment and call: an indexer or Add/TryAdd with a constant string key.</summary>
        public static bool MayWriteBody(IOperation key) => key.ConstantValue.HasValue && key.ConstantValue.Value is string;

        private Payload? Get(VariableDeclaratorSyntax declarator, SemanticModel semanticModel, CancellationToken cancellationToken)
            => _payloads.GetOrAdd(declarator, _ => Build(declarator, semanticModel, cancellationToken));

        private static Payload? Build(VariableDeclaratorSyntax declarator, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            if (!(declarator.Initializer?.Value is BaseObjectCreationExpressionSyntax creationSyntax)
                || !(LocalFlow.ScopeOf(declarator) is SyntaxNode scope)
                || !(semanticModel.GetDeclaredSymbol(declarator, cancellationToken) is ILocalSymbol local)
                || !(semanticModel.GetOperation(creationSyntax, cancellationToken) is IObjectCreationOperation creation))
            {
                return null;
            }

            var builder = new VideoRequestBuilder();
            if (creation.Initializer != null)
            {
                ObjectInitializerFinder.ReadElements(creation.Initializer, builder, cancellationToken);
            }

            var writes = new HashSet<SyntaxNode>();
            var maybeAbsent = new HashSet<RequestProperty>();
            foreach (IdentifierNameSyntax mention in LocalFlow.Mentions(scope, local.Name))
            {
                if (mention.SpanStart <= declarator.SpanStart)
                {
                    continue;
                }

                if (WriteOf(mention) is ExpressionSyntax write)
                {
                    if (ReadWrite(write, local, builder, maybeAbsent, statementList: scope, semanticModel, cancellationToken))
                    {
                        writes.Add(write);
                    }
                }
                else if (LocalFlow.AccessOf(mention, out _) != LocalAccess.Read && LocalFlow.IsLocal(mention, local, semanticModel, cancellationToken))
                {
                    return null;
                }
            }

            // Without a write the creation is an initializer's request, found as such.
            if (writes.Count == 0)
            {
                return null;
            }

            InsertionSite? modelInsertion = creation.Initializer?.Syntax is InitializerExpressionSyntax initializer && !builder.HasModel && !initializer.OpenBraceToken.IsMissing
                ? ObjectInitializerFinder.ModelInsertion(creation.Initializer, initializer, ObjectInitializerFinder.InitializerStyle.Indexer)
                : null;
            VideoRequest? request = builder.Build(declarator.GetLocation(), modelInsertion, VideoCallFinder.NameLocation(creationSyntax), RequestBody.Json);
            return request == null ? null : new Payload(request, creationSyntax, writes);
        }

        /// <summary><c>body["k"] = v</c> (the assignment) or <c>body.Add("k", v)</c> / <c>body.TryAdd("k", v)</c> (the call), from syntax.</summary>
        private static ExpressionSyntax? WriteOf(IdentifierNameSyntax mention)
        {
            switch (mention.Parent)
            {
                case ElementAccessExpressionSyntax element when element.Expression == mention
                                                                && element.Parent is AssignmentExpressionSyntax assignment
                                                                && assignment.Left == element:
                    return assignment;
                case MemberAccessExpressionSyntax member when member.Expression == mention
                                                              && (member.Name.Identifier.ValueText == "Add" || member.Name.Identifier.ValueText == "TryAdd")
                                                              && member.Parent is InvocationExpressionSyntax invocation:
                    return invocation;
                default:
                    return null;
            }
        }

        /// <summary>
        /// Reads one write into the request. An indexer write sets the value (replacing it, or adding a candidate when it
        /// may not run); <c>Add</c> and <c>TryAdd</c> set it only when the key is absent (<c>Add</c> of a present key
        /// throws, <c>TryAdd</c> keeps the old value), so they add a value only where the key may be absent:
        /// <paramref name="maybeAbsent"/> holds the keys only a write that may not run has set.
        /// </summary>
        private static bool ReadWrite(ExpressionSyntax write, ILocalSymbol local, VideoRequestBuilder builder, HashSet<RequestProperty> maybeAbsent, SyntaxNode statementList, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            IOperation? key;
            IOperation? value;
            IOperation? receiver;
            bool addsOnlyIfAbsent;
            switch (semanticModel.GetOperation(write, cancellationToken))
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1 } indexer } assignment:
                    (receiver, key, value, addsOnlyIfAbsent) = (indexer.Instance, indexer.Arguments[0].Value, assignment.Value, false);
                    break;
                case IInvocationOperation { Arguments.Length: 2 } add:
                    (receiver, key, value, addsOnlyIfAbsent) = (add.Instance, add.Arguments[0].Value, add.Arguments[1].Value, true);
                    break;
                default:
                    return false;
            }

            if (!(receiver is ILocalReferenceOperation reference) || !SymbolEqualityComparer.Default.Equals(reference.Local, local) || !MayWriteBody(key))
            {
                return false;
            }

            // A write in the body's own statement list always runs; one in a branch, a loop or a lambda may not.
            bool alwaysRuns = write.Parent is ExpressionStatementSyntax statement && (statement.Parent == statementList || statement.Parent is GlobalStatementSyntax { Parent: var unit } && unit == statementList);
            if (RequestMemberNames.TryGet((string)key.ConstantValue.Value!, ignoreCase: false, out RequestProperty property))
            {
                bool present = builder.Has(property);
                builder.LaterValues = addsOnlyIfAbsent
                    ? (present && maybeAbsent.Contains(property) ? LaterValue.AddsCandidate : LaterValue.Ignored)
                    : alwaysRuns ? LaterValue.Replaces : LaterValue.AddsCandidate;
                if (alwaysRuns)
                {
                    maybeAbsent.Remove(property);
                }
                else if (!present)
                {
                    maybeAbsent.Add(property);
                }
            }

            ObjectInitializerFinder.AddKeyed(builder, key, value, write.Parent is ExpressionStatementSyntax removable ? removable : write, cancellationToken);
            return true;
        }

        private static bool IsBodyType(ITypeSymbol? type)
        {
            for (ITypeSymbol? current = type; current != null; current = current.BaseType)
            {
                if (System.Array.IndexOf(BodyTypeNames, current.Name) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        private sealed class Payload
        {
            public Payload(VideoRequest request, SyntaxNode creation, HashSet<SyntaxNode> writes)
            {
                Request = request;
                Creation = creation;
                Writes = writes;
            }

            public VideoRequest Request { get; }

            public SyntaxNode Creation { get; }

            public HashSet<SyntaxNode> Writes { get; }
        }
    }
}
