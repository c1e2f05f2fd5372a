using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.Destinations
{
    /// <summary>
    /// The naming policy a body's members get where the code serializes it (the first serializer <see cref="PayloadFlow"/>
    /// meets): <c>PostAsJsonAsync</c>, <c>PutAsJsonAsync</c>, <c>JsonContent.Create</c> (web
    /// defaults: camelCase), <c>JsonSerializer.Serialize</c>, <c>BinaryData.FromObjectAsJson</c> or
    /// <c>JsonConvert.SerializeObject</c> (names as written), with the options written there or in a local assigned once
    /// and not changed. Anything else is <see cref="NamingPolicy.Unknown"/>, and names then match in any policy.
    /// </summary>
    internal static class SerializerNaming
    {
        private static readonly string[] WebDefaultMethods = { "PostAsJsonAsync", "PutAsJsonAsync", "PatchAsJsonAsync" };

        private static readonly string[] WrittenNameMethods = { "Serialize", "SerializeToUtf8Bytes", "SerializeAsync", "SerializeToNode", "SerializeToDocument", "SerializeToElement", "FromObjectAsJson", "CreateJson" };

        /// <summary>Whether <paramref name="method"/> serializes its argument as JSON (then its naming policy is what <see cref="ForCall"/> says).</summary>
        public static bool Serializes(IMethodSymbol method)
            => IsWebDefault(method)
               || (Array.IndexOf(WrittenNameMethods, method.Name) >= 0 && WritesNamesAsWritten(method.ContainingType))
               || IsJsonConvert(method);

        private static bool IsWebDefault(IMethodSymbol method)
            => (Array.IndexOf(WebDefaultMethods, method.Name) >= 0 && CompilationTypes.IsNamed(method.ContainingType, "System.Net.Http.Json", "HttpClientJsonExtensions"))
               || (method.Name == "Create" && CompilationTypes.IsNamed(method.ContainingType, "System.Net.Http.Json", "JsonContent"));

        private static bool WritesNamesAsWritten(ITypeSymbol? type)
            => CompilationTypes.IsNamed(type, "System.Text.Json", "JsonSerializer")
               || CompilationTypes.IsNamed(type, "System", "BinaryData")
               || CompilationTypes.IsNamed(type, "System.ClientModel", "BinaryContent");

        private static bool IsJsonConvert(IMethodSymbol method)
            => method.Name == "SerializeObject" && CompilationTypes.IsNamed(method.ContainingType, "Newtonsoft.Json", "JsonConvert");

        private static bool IsOptions(ITypeSymbol? type) => CompilationTypes.IsNamed(type, "System.Text.Json", "JsonSerializerOptions");

        public static NamingPolicy ForCall(IInvocationOperation invocation, CancellationToken cancellationToken)
        {
            IMethodSymbol method = invocation.TargetMethod;
            NamingPolicy byDefault;
            if (IsWebDefault(method))
            {
                byDefault = NamingPolicy.CamelCase;
            }
            else if (Array.IndexOf(WrittenNameMethods, method.Name) >= 0 && WritesNamesAsWritten(method.ContainingType))
            {
                byDefault = NamingPolicy.AsWritten;
            }
            else if (IsJsonConvert(method))
            {
                // Newtonsoft's settings (a contract resolver) are not read.
                return invocation.Arguments.Length == 1 ? NamingPolicy.AsWritten : NamingPolicy.Unknown;
            }
            else
            {
                return NamingPolicy.Unknown;
            }

            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (IsOptions(argument.Parameter?.Type) && argument.ArgumentKind == ArgumentKind.Explicit)
                {
                    return Options(argument.Value, byDefault, cancellationToken);
                }

                if (argument.Parameter?.Type.Name == "JsonTypeInfo" || argument.Parameter?.Type.Name == "JsonSerializerContext")
                {
                    return NamingPolicy.Unknown;
                }
            }

            return byDefault;
        }

        private static NamingPolicy Options(IOperation options, NamingPolicy byDefault, CancellationToken cancellationToken)
        {
            switch (options.WithoutConversions())
            {
                case ILiteralOperation { ConstantValue.Value: null }:
                    return byDefault;
                case IObjectCreationOperation creation when IsOptions(creation.Type):
                    return Created(creation);
                case IPropertyReferenceOperation { Property.Name: "Default" } property when IsOptions(property.Property.ContainingType):
                    return NamingPolicy.AsWritten;
                case IPropertyReferenceOperation { Property.Name: "Web" } webProperty when IsOptions(webProperty.Property.ContainingType):
                    return NamingPolicy.CamelCase;
                case ILocalReferenceOperation local when local.SemanticModel is SemanticModel semanticModel
                                                         && LocalFlow.WritesOf(local.Local, semanticModel, cancellationToken)?.OnlyValue is ExpressionSyntax value
                                                         && !IsChanged(local.Local, value)
                                                         && semanticModel.GetOperation(value, cancellationToken) is IOperation assigned:
                    return Options(assigned, byDefault, cancellationToken);
                default:
                    return NamingPolicy.Unknown;
            }
        }

        private static NamingPolicy Created(IObjectCreationOperation creation)
        {
            NamingPolicy policy = creation.Arguments.Length == 1 && creation.Arguments[0].Value is IFieldReferenceOperation { Field.Name: "Web" }
                ? NamingPolicy.CamelCase
                : creation.Arguments.Length == 0 || creation.Arguments[0].Value is IFieldReferenceOperation { Field.Name: "General" } ? NamingPolicy.AsWritten : NamingPolicy.Unknown;
            if (creation.Initializer == null)
            {
                return policy;
            }

            foreach (IOperation element in creation.Initializer.Initializers)
            {
                if (element is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "PropertyNamingPolicy" } } assignment)
                {
                    policy = assignment.Value is IConversionOperation { Operand: ILiteralOperation { ConstantValue.Value: null } } || assignment.Value.ConstantValue is { HasValue: true, Value: null }
                        ? NamingPolicy.AsWritten
                        : assignment.Value is IPropertyReferenceOperation { Property.ContainingType.Name: "JsonNamingPolicy" } named && Enum.TryParse(named.Property.Name, out NamingPolicy known) && known != NamingPolicy.Unknown
                            ? known
                            : NamingPolicy.Unknown;
                }
            }

            return policy;
        }

        // `options.PropertyNamingPolicy = ...` after the options are created: their policy is not the one written.
        private static bool IsChanged(ILocalSymbol local, ExpressionSyntax value)
        {
            SyntaxNode? scope = value.Parent?.Parent is VariableDeclaratorSyntax declarator ? LocalFlow.ScopeOf(declarator) : null;
            if (scope == null)
            {
                return true;
            }

            foreach (IdentifierNameSyntax mention in LocalFlow.Mentions(scope, local.Name))
            {
                if (mention.Parent is MemberAccessExpressionSyntax member && member.Expression == mention && member.Parent is AssignmentExpressionSyntax assignment && assignment.Left == member)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
