using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Sora.Analyzers.Requests.Flow;

namespace Sora.Analyzers.Requests
{
    /// <summary>
    /// The constants an expression the compiler does not fold can still produce (docs/design.md, "What counts as a
    /// value"): each arm of <c>?:</c> and <c>switch</c>, the fallback of <c>??</c>, <c>ToString()</c> and
    /// <c>Convert.ToString</c> of a constant, interpolation and <c>+</c> of constants (<c>$"{W}x{H}"</c>), a readonly field or
    /// get-only property initialized with a constant and written nowhere else, and the values whose writes reach the read
    /// of a local. Each
    /// constant keeps its own node, so its squiggle and its fix go there; a part only known at run time is an unknown
    /// candidate, ignored by the rules.
    /// </summary>
    internal static class ValueSets
    {
        // A value is a handful of constants in real code; a product of parts grows fast, and nothing is guessed beyond it.
        private const int MaxCandidates = 16;
        private const int MaxDepth = 6;

        /// <summary>The candidates of <paramref name="operation"/>, or null when it is no shape that computes one of several constants.</summary>
        public static ImmutableArray<RequestValue>? Read(IOperation operation, CancellationToken cancellationToken)
        {
            List<RequestValue>? candidates = Shape(operation, MaxDepth, cancellationToken);
            return candidates == null || candidates.Count > MaxCandidates || !candidates.Any(c => c.IsKnown) ? null : candidates.ToImmutableArray();
        }

        /// <summary>Every candidate of <paramref name="operation"/>: itself when it is a constant, its parts' otherwise.</summary>
        private static List<RequestValue> Arms(IOperation operation, int depth, CancellationToken cancellationToken)
        {
            IOperation written = SkipConversions(operation);
            if (written.ConstantValue.HasValue && written.ConstantValue.Value != null)
            {
                return new List<RequestValue> { Constant(written, written.ConstantValue.Value) };
            }

            return (depth > 0 ? Shape(written, depth - 1, cancellationToken) : null)
                   ?? new List<RequestValue> { RequestValue.Unknown(written.Syntax.GetLocation(), written, SpecialTypeOf(written.Type)) };
        }

        private static List<RequestValue>? Shape(IOperation operation, int depth, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (SkipConversions(operation))
            {
                case IConditionalOperation { WhenFalse: IOperation whenFalse } conditional:
                    return Union(Arms(conditional.WhenTrue, depth, cancellationToken), Arms(whenFalse, depth, cancellationToken));
                case ISwitchExpressionOperation switchExpression:
                    return switchExpression.Arms.SelectMany(arm => Arms(arm.Value, depth, cancellationToken)).ToList();
                case ICoalesceOperation coalesce:
                    return Union(Arms(coalesce.Value, depth, cancellationToken), Arms(coalesce.WhenNull, depth, cancellationToken));
                case IInvocationOperation invocation when TextOf(invocation) is IOperation converted:
                    return Arms(converted, depth, cancellationToken).Select(c => c.SentAsText()).ToList();
                case IInterpolatedStringOperation interpolated:
                    return Joined(interpolated, interpolated.Parts.Select(part => Part(part, depth, cancellationToken)).ToList());
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } concatenation:
                    return Joined(concatenation, new List<List<RequestValue>?> { Arms(concatenation.LeftOperand, depth, cancellationToken), Arms(concatenation.RightOperand, depth, cancellationToken) });
                case IFieldReferenceOperation field when ReadOnlyConstant(field.Field, cancellationToken) is object fieldValue:
                    return new List<RequestValue> { UseSite(field, fieldValue) };
                case IPropertyReferenceOperation property when ReadOnlyConstant(property.Property, cancellationToken) is object propertyValue:
                    return new List<RequestValue> { UseSite(property, propertyValue) };
                case ILocalReferenceOperation local:
                    return LocalCandidates(local, depth, cancellationToken);
                default:
                    return null;
            }
        }

        /// <summary>
        /// The values whose writes reach the read of a local (<see cref="LocalValues"/>): each candidate stays on the node
        /// that writes it, where its squiggle and its fix go, and remembers the read, whose request reports it.
        /// </summary>
        private static List<RequestValue>? LocalCandidates(ILocalReferenceOperation reference, int depth, CancellationToken cancellationToken)
        {
            if (!(LocalValues.Reaching(reference, cancellationToken) is IReadOnlyList<IOperation> values))
            {
                return null;
            }

            var candidates = new List<RequestValue>();
            Location read = reference.Syntax.GetLocation();
            foreach (IOperation value in values)
            {
                foreach (RequestValue arm in Arms(value, depth, cancellationToken))
                {
                    candidates.Add(arm.ReadThrough(read));
                }
            }

            return candidates;
        }

        private static List<RequestValue>? Part(IInterpolatedStringContentOperation part, int depth, CancellationToken cancellationToken)
        {
            switch (part)
            {
                case IInterpolatedStringTextOperation text when text.Text.ConstantValue.Value is string constant:
                    return new List<RequestValue> { RequestValue.Known(constant, text.Syntax.GetLocation(), ValueEditKind.None, SpecialType.System_String) };
                case IInterpolationOperation { Alignment: null, FormatString: null } hole:
                    return Arms(hole.Expression, depth, cancellationToken);
                default:
                    return null;
            }
        }

        /// <summary>
        /// Text built from parts: every combination of their constants is a candidate. A lone part (<c>$"{seconds}"</c>)
        /// keeps its node, so a fix edits the constant; a text of several parts is rewritten whole, as a literal.
        /// </summary>
        private static List<RequestValue>? Joined(IOperation whole, List<List<RequestValue>?> parts)
        {
            if (parts.Any(p => p == null))
            {
                return null;
            }

            if (parts.Count == 1)
            {
                return parts[0]!.Select(c => c.SentAsText()).ToList();
            }

            var texts = new List<string> { string.Empty };
            bool runtime = false;
            foreach (List<RequestValue> part in parts!)
            {
                runtime |= part.Any(c => !c.IsKnown);
                List<string> constants = part.Where(c => c.IsKnown).Select(c => c.Text!).ToList();
                texts = texts.SelectMany(prefix => constants.Select(text => prefix + text)).Take(MaxCandidates + 1).ToList();
            }

            Location location = whole.Syntax.GetLocation();
            var candidates = texts.Select(text => RequestValue.Known(text, location, ValueEditKind.Expression, SpecialType.System_String)).ToList();
            if (runtime || candidates.Count == 0)
            {
                candidates.Add(RequestValue.Unknown(location, whole, SpecialType.System_String));
            }

            return candidates;
        }

        /// <summary>The operand whose text <paramref name="invocation"/> returns: <c>x.ToString()</c>, <c>x.ToString(CultureInfo.InvariantCulture)</c>, <c>x.ToString("D")</c>, <c>Convert.ToString(x)</c>.</summary>
        private static IOperation? TextOf(IInvocationOperation invocation)
        {
            IMethodSymbol method = invocation.TargetMethod;
            if (method.Name != "ToString" || method.ReturnType.SpecialType != SpecialType.System_String)
            {
                return null;
            }

            CompilationTypes? types = invocation.SemanticModel?.Compilation is Compilation compilation ? CompilationTypes.Of(compilation) : null;
            if (method.IsStatic)
            {
                return SymbolEqualityComparer.Default.Equals(method.ContainingType, types?.Convert) && invocation.Arguments.Length >= 1 && invocation.Arguments.Skip(1).All(a => IsFormatProvider(a.Value, types))
                    ? invocation.Arguments[0].Value
                    : null;
            }

            // A format other than the plain one ("D", "G") changes the digits: that text is not guessed.
            return invocation.Instance != null && invocation.Arguments.All(a => IsFormatProvider(a.Value, types) || IsPlainFormat(a.Value))
                ? invocation.Instance
                : null;
        }

        private static bool IsFormatProvider(IOperation argument, CompilationTypes? types)
            => types != null && types.IsFormatProvider(SkipConversions(argument).Type);

        private static bool IsPlainFormat(IOperation argument)
            => argument.ConstantValue.HasValue && (argument.ConstantValue.Value == null || argument.ConstantValue.Value is "D" || argument.ConstantValue.Value is "G" || argument.ConstantValue.Value is "");

        /// <summary>
        /// The constant a readonly field or a get-only auto-property is initialized with, when no constructor of its type
        /// writes it (no other code can); null otherwise. Read from its declaration in source.
        /// </summary>
        private static object? ReadOnlyConstant(ISymbol member, CancellationToken cancellationToken)
        {
            bool readOnly = member switch
            {
                IFieldSymbol field => field.IsReadOnly && !field.IsConst,
                IPropertySymbol property => property.SetMethod == null && !property.IsIndexer && property.GetMethod != null,
                _ => false,
            };
            // A property with a written accessor body is no auto-property: its initializer is not what it returns.
            if (!readOnly
                || (member is IPropertySymbol && member.DeclaringSyntaxReferences.Length == 1
                    && member.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is PropertyDeclarationSyntax declaration
                    && !(declaration.AccessorList is AccessorListSyntax accessors && accessors.Accessors.All(a => a.Body == null && a.ExpressionBody == null)))
                || !(DeclaredValue.InitializerOf(member, cancellationToken) is ExpressionSyntax initializer)
                || !((member.ContainingAssembly as ISourceAssemblySymbol)?.Compilation is Compilation compilation)
                || WrittenByAConstructor(member, cancellationToken))
            {
                return null;
            }

            return DeclaredValue.ConstantOf(initializer, compilation, cancellationToken);
        }

        private static bool WrittenByAConstructor(ISymbol member, CancellationToken cancellationToken)
        {
            foreach (IMethodSymbol constructor in member.IsStatic ? member.ContainingType.StaticConstructors : member.ContainingType.InstanceConstructors)
            {
                foreach (SyntaxReference reference in constructor.DeclaringSyntaxReferences)
                {
                    foreach (SyntaxNode node in reference.GetSyntax(cancellationToken).DescendantNodes())
                    {
                        if (node is AssignmentExpressionSyntax assignment && NameOf(assignment.Left) == member.Name)
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        private static string? NameOf(ExpressionSyntax target) => target switch
        {
            IdentifierNameSyntax name => name.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            _ => null,
        };

        // `Defaults.Seconds` is replaced by a literal where it is used, like a const.
        private static RequestValue UseSite(IOperation reference, object constant)
            => RequestValue.Known(constant, reference.Syntax.GetLocation(), ValueEditKind.Expression, SpecialTypeOf(reference.Type));

        private static RequestValue Constant(IOperation written, object constant)
            => RequestValue.Known(constant, written.Syntax.GetLocation(), ValueEditKind.Expression, SpecialTypeOf(written.Type));

        private static List<RequestValue> Union(List<RequestValue> first, List<RequestValue> second)
        {
            first.AddRange(second);
            return first;
        }

        private static IOperation SkipConversions(IOperation operation)
        {
            while (operation is IConversionOperation conversion && (conversion.IsImplicit || conversion.Operand.Type?.SpecialType == conversion.Type?.SpecialType))
            {
                operation = conversion.Operand;
            }

            while (operation is IParenthesizedOperation parenthesized)
            {
                operation = parenthesized.Operand;
            }

            return operation;
        }

        public static SpecialType SpecialTypeOf(ITypeSymbol? type)
            => type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
                ? nullable.TypeArguments[0].SpecialType
                : type?.SpecialType ?? SpecialType.None;
    }
}
