using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Sora.Analyzers.Requests.Flow;

namespace Sora.Analyzers.Requests
{
    /// <summary>
    /// Reads the compile-time value of an expression the way docs/design.md counts values: constants the
    /// compiler folds (literals, const locals and fields, constant concatenation and interpolation),
    /// and locals written once, from a constant (docs/design.md, "Locals").
    /// </summary>
    internal static class ConstantValueReader
    {
        /// <summary>
        /// Reads <paramref name="value"/>: an expression with no constant value gives an unknown <see cref="RequestValue"/>;
        /// a constant <c>null</c> gives null, because the API then uses its default as if the value were absent.
        /// </summary>
        public static RequestValue? Read(IOperation value, CancellationToken cancellationToken)
        {
            IOperation written = value.WithoutImplicitConversions()!;
            Location location = written.Syntax.GetLocation();

            // Half-typed code ("10 without its closing quote) is not what the developer means yet: stay silent.
            if (written.Syntax.ContainsDiagnostics)
            {
                return RequestValue.Unknown(location);
            }

            // A conversion to a nullable type has no constant value of its own, so the written operand is read first.
            if (written.ConstantValue.HasValue || value.ConstantValue.HasValue)
            {
                object? constant = written.ConstantValue.HasValue ? written.ConstantValue.Value : value.ConstantValue.Value;
                return constant == null ? null : RequestValue.Known(constant, location, ValueEditKind.Expression, TypeOf(written, value));
            }

            if (written is ILocalReferenceOperation local
                && SingleAssignmentConstant(local, cancellationToken) is object assigned)
            {
                return RequestValue.Known(assigned, location, ValueEditKind.Expression, TypeOf(written, value));
            }

            if (ValueSets.Read(written, cancellationToken) is ImmutableArray<RequestValue> candidates)
            {
                return RequestValue.OneOf(location, written, candidates);
            }

            return RequestValue.Unknown(location, written, TypeOf(written, value));
        }

        /// <summary>
        /// Reads the default value the compiler passes for an omitted optional parameter; the squiggle goes on the
        /// call's name, and a fix passes the argument by name at <paramref name="insertion"/> (null: the call cannot take one).
        /// </summary>
        public static RequestValue? ReadDefault(IArgumentOperation argument, Location callLocation, InsertionSite? insertion)
        {
            IParameterSymbol? parameter = argument.Parameter;

            // As for a written value, the default of a nullable parameter (int? seconds = 10) is read from the converted operand.
            IOperation written = argument.Value.WithoutImplicitConversions()!;
            Optional<object?> value = written.ConstantValue.HasValue ? written.ConstantValue : argument.Value.ConstantValue;
            object? constant = value.HasValue ? value.Value : null;
            if (constant == null || parameter == null || insertion == null)
            {
                return null;
            }

            // `int? seconds = 10`: the value is written as an int, whatever the parameter's type.
            return RequestValue.Inserted(constant, callLocation, TypeOf(written, argument.Value), insertion);
        }

        /// <summary>
        /// A local written once, from a constant, counts as that constant (<c>var seconds = 10;
        /// CreateVideo(seconds: seconds);</c>), reported and fixed at the read. Runs only for values of requests already found.
        /// </summary>
        private static object? SingleAssignmentConstant(ILocalReferenceOperation reference, CancellationToken cancellationToken)
        {
            if (!(LocalValues.OnlyWrite(reference, cancellationToken) is IOperation assigned))
            {
                return null;
            }

            IOperation written = assigned.WithoutImplicitConversions()!;
            Optional<object?> constant = written.ConstantValue.HasValue ? written.ConstantValue : assigned.ConstantValue;
            return constant.HasValue && !assigned.Syntax.ContainsDiagnostics ? constant.Value : null;
        }


        // The type the code writes the value in: a fix that replaces `Durations.Ten` writes `8` for an int, `8L` for a long.
        private static SpecialType TypeOf(IOperation written, IOperation converted)
        {
            // `int? seconds` is sent as the int it holds.
            SpecialType type = ValueSets.SpecialTypeOf(written.Type);
            return type != SpecialType.None ? type : ValueSets.SpecialTypeOf(converted.Type);
        }
    }
}
