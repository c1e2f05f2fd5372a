using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.Finding
{
    /// <summary>
    /// An invocation or object creation of a method with parameters named <c>model</c>, <c>seconds</c> or <c>size</c>
    /// (any case); whether it is a Sora request is the policy's decision (its model, or a Sora client). Arguments come matched to parameters by the
    /// compiler, so named and positional arguments in any order, and omitted optional ones, are all covered.
    /// </summary>
    internal static class VideoCallFinder
    {
        /// <summary>The cheap test run on every call: does the method take a model, seconds or size at all?</summary>
        public static bool IsCandidate(IMethodSymbol? method) => method != null && !method.Parameters.IsEmpty && HasRequestParameter(method);

        /// <summary>The request a call's arguments make, reading each parameter named <c>model</c>, <c>seconds</c> or <c>size</c>.</summary>
        public static VideoRequest Find(IOperation call, ImmutableArray<IArgumentOperation> arguments, CancellationToken cancellationToken)
            => Find(call, arguments, ByName, innerModel: null, cancellationToken);

        /// <summary>
        /// The request a call's arguments make, where <paramref name="propertyOf"/> says which parameter carries which value
        /// (by name for a call, by what a wrapper forwards for a wrapper's call); <paramref name="innerModel"/> is the model
        /// when the call passes none. Named and positional arguments alike; an omitted parameter's default counts.
        /// </summary>
        public static VideoRequest Find(IOperation call, ImmutableArray<IArgumentOperation> arguments, System.Func<IParameterSymbol, RequestProperty?> propertyOf, RequestValue? innerModel, CancellationToken cancellationToken)
        {
            var builder = new VideoRequestBuilder();
            InsertionSite? modelInsertion = null;
            Location callLocation = NameLocation(call.Syntax);
            foreach (IArgumentOperation argument in arguments)
            {
                if (argument.Parameter == null || !(propertyOf(argument.Parameter) is RequestProperty property))
                {
                    continue;
                }

                RequestValue? value = argument.ArgumentKind == ArgumentKind.DefaultValue
                    ? ConstantValueReader.ReadDefault(argument, callLocation, ArgumentInsertionSite(call.Syntax, argument.Parameter))
                    : argument.ArgumentKind == ArgumentKind.Explicit ? ConstantValueReader.Read(argument.Value, cancellationToken) : null;
                if (value == null && property == RequestProperty.Model && argument.ArgumentKind == ArgumentKind.DefaultValue
                    && argument.Parameter.Type.SpecialType == SpecialType.System_String)
                {
                    // The call leaves out a model whose default is null: the request has none, and a fix can pass one.
                    modelInsertion = ArgumentInsertionSite(call.Syntax, argument.Parameter);
                }

                if (value != null && (!value.IsKnown || RequestValueTypes.Fits(property, value)))
                {
                    builder.Set(property, value);
                }
            }

            if (!builder.HasModel && innerModel != null)
            {
                builder.Set(RequestProperty.Model, innerModel);
            }

            return builder.BuildAlways(call.Syntax.GetLocation(), modelInsertion, callLocation);
        }

        /// <summary>Which request value a parameter of a video call carries: the one its name says.</summary>
        public static RequestProperty? ByName(IParameterSymbol parameter)
            => RequestMemberNames.TryGet(parameter.Name, ignoreCase: true, out RequestProperty property) ? property : (RequestProperty?)null;

        private static bool HasRequestParameter(IMethodSymbol method)
        {
            foreach (IParameterSymbol parameter in method.Parameters)
            {
                if (RequestMemberNames.TryGet(parameter.Name, ignoreCase: true, out _))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Where a fix can pass an omitted parameter by name: a call whose argument list is complete (or absent, <c>new VideoJob { ... }</c>).</summary>
        public static InsertionSite? ArgumentInsertionSite(SyntaxNode call, IParameterSymbol parameter)
        {
            ArgumentListSyntax? list = call switch
            {
                InvocationExpressionSyntax invocation => invocation.ArgumentList,
                BaseObjectCreationExpressionSyntax creation => creation.ArgumentList,
                _ => null,
            };
            bool canTakeArgument = list != null ? !list.CloseParenToken.IsMissing : call is ObjectCreationExpressionSyntax;
            return canTakeArgument ? new InsertionSite(call.GetLocation(), parameter.Name) : null;
        }

        // An omitted argument's squiggle goes on the method name, not on the whole (possibly multi-line) call.
        public static Location NameLocation(SyntaxNode call)
        {
            switch (call)
            {
                case InvocationExpressionSyntax invocation:
                    ExpressionSyntax name = invocation.Expression is MemberAccessExpressionSyntax member ? member.Name : invocation.Expression;
                    return name.GetLocation();
                case ObjectCreationExpressionSyntax creation:
                    return creation.Type.GetLocation();
                case ImplicitObjectCreationExpressionSyntax implicitCreation:
                    return implicitCreation.NewKeyword.GetLocation();
                default:
                    return call.GetLocation();
            }
        }
    }
}
