using Microsoft.CodeAnalysis;

namespace Sora.Analyzers.Requests
{
    /// <summary>Which C# types can carry which request value, whatever shape the request has.</summary>
    internal static class RequestValueTypes
    {
        public static bool IsNumber(SpecialType type)
        {
            switch (type)
            {
                case SpecialType.System_SByte:
                case SpecialType.System_Byte:
                case SpecialType.System_Int16:
                case SpecialType.System_UInt16:
                case SpecialType.System_Int32:
                case SpecialType.System_UInt32:
                case SpecialType.System_Int64:
                case SpecialType.System_UInt64:
                case SpecialType.System_Single:
                case SpecialType.System_Double:
                case SpecialType.System_Decimal:
                    return true;
                default:
                    return false;
            }
        }

        // A model or size is text; seconds may be text or a number. Anything else (an enum, a char) is not the API's value.
        public static bool Fits(RequestProperty property, RequestValue value)
        {
            return value.ValueType == SpecialType.System_String
                ? value.Constant is string
                : IsNumber(value.ValueType) && property == RequestProperty.Seconds;
        }
    }
}
