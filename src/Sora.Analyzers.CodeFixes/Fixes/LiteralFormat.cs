using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Sora.Analyzers.CodeFixes.Fixes
{
    /// <summary>Writes a value as a C# literal of a given type: <c>"8"</c>, <c>8</c>, <c>8L</c>, <c>8D</c>.</summary>
    internal static class LiteralFormat
    {
        public static string For(SpecialType type, string value)
        {
            switch (type)
            {
                case SpecialType.System_String:
                    return String(value);
                case SpecialType.System_UInt32:
                    return value + "U";
                case SpecialType.System_Int64:
                    return value + "L";
                case SpecialType.System_UInt64:
                    return value + "UL";
                case SpecialType.System_Single:
                    return value + "F";
                case SpecialType.System_Double:
                    return value + "D";
                case SpecialType.System_Decimal:
                    return value + "M";
                default:
                    return value;
            }
        }

        public static string String(string value) => SymbolDisplay.FormatLiteral(value, quote: true);
    }
}
