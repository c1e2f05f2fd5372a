using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Sora.Analyzers.Requests
{
    /// <summary>The one place that looks through conversions, for every stage that reads what an expression is.</summary>
    internal static class Conversions
    {
        /// <summary>The operand under every conversion (<c>(object)url</c>, <c>string</c> to <c>Uri</c>): what is written, whatever it becomes.</summary>
        public static IOperation? WithoutConversions(this IOperation? operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        /// <summary>The operand under the compiler's implicit conversions only: a cast the user wrote stays.</summary>
        public static IOperation? WithoutImplicitConversions(this IOperation? operation)
        {
            while (operation is IConversionOperation { IsImplicit: true } conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }
    }
}
