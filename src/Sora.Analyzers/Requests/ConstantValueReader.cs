using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Sora.Analyzers.Requests
{
    /// <summary>
    /// Reads the compile-time value of an expression the way the spec counts values: constants the
    /// compiler folds (literals, const locals and fields, constant concatenation and interpolation),
    /// and locals assigned exactly once from a constant.
    /// </summary>
    internal static class ConstantValueReader
    {
        /// <summary>Reads <paramref name="value"/>; an expression with no constant value gives an unknown <see cref="RequestValue"/>.</summary>
        public static RequestValue Read(IOperation value, CancellationToken cancellationToken)
        {
            IOperation written = SkipImplicitConversions(value);
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
                return constant == null
                    ? RequestValue.Unknown(location)
                    : RequestValue.Known(constant, location, ValueEditKind.Expression, TypeOf(written, value));
            }

            if (written is ILocalReferenceOperation local
                && SingleAssignmentLocal.TryGetConstant(local, cancellationToken, out object? assigned)
                && assigned != null)
            {
                return RequestValue.Known(assigned, location, ValueEditKind.Expression, TypeOf(written, value));
            }

            return RequestValue.Unknown(location);
        }

        /// <summary>
        /// Reads the default value the compiler passes for an omitted optional parameter; the squiggle goes on the
        /// call, and a fix passes the argument by name (<paramref name="insertArgument"/> builds that text).
        /// </summary>
        public static RequestValue? ReadDefault(IArgumentOperation argument, Location callLocation, System.Func<IParameterSymbol, ValueInsertion?> insertArgument)
        {
            IParameterSymbol? parameter = argument.Parameter;
            object? constant = argument.Value.ConstantValue.HasValue ? argument.Value.ConstantValue.Value : null;
            ValueInsertion? insertion = parameter == null ? null : insertArgument(parameter);
            if (constant == null || parameter == null || insertion == null)
            {
                return null;
            }

            return RequestValue.Inserted(constant, callLocation, parameter.Type.SpecialType, insertion);
        }

        private static IOperation SkipImplicitConversions(IOperation operation)
        {
            while (operation is IConversionOperation conversion && conversion.IsImplicit)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        // The type the code writes the value in: a fix that replaces `Durations.Ten` writes `8` for an int, `8L` for a long.
        private static SpecialType TypeOf(IOperation written, IOperation converted)
        {
            SpecialType type = written.Type?.SpecialType ?? SpecialType.None;
            return type != SpecialType.None ? type : converted.Type?.SpecialType ?? SpecialType.None;
        }
    }
}
