using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Sora.Analyzers.Requests
{
    /// <summary>
    /// One value of a request (its model, seconds or size) with where it is written and how a fix may rewrite it.
    /// A value that is not a compile-time constant is <see cref="IsKnown"/> false: it is never reported.
    /// </summary>
    internal sealed class RequestValue
    {
        private RequestValue(object? constant, bool isKnown, Location location, ValueEditKind edit, SpecialType valueType, InsertionSite? insertion, IOperation? expression = null, bool isSentAsText = false)
        {
            IsSentAsText = isSentAsText;
            Expression = expression;
            Constant = constant;
            IsKnown = isKnown;
            Location = location;
            Edit = edit;
            ValueType = valueType;
            Insertion = insertion;
        }

        /// <summary>The constant as written in C# (a string, an int, a long…), or null when unknown.</summary>
        public object? Constant { get; }

        public bool IsKnown { get; }

        /// <summary>Where the squiggle goes: the value itself, or the call when the value is a parameter default.</summary>
        public Location Location { get; }

        public ValueEditKind Edit { get; }

        /// <summary>The C# type the value is written in, so a fix writes a literal of the same type.</summary>
        public SpecialType ValueType { get; }

        /// <summary>For <see cref="ValueEditKind.Insert"/>: where to add the value.</summary>
        public InsertionSite? Insertion { get; }

        /// <summary>The value as the API sees it on the wire: <c>10</c>, <c>sora-2</c>, <c>1280x720</c>.</summary>
        public string? Text => Constant switch
        {
            null => null,
            string s => s,
            System.IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => Constant.ToString(),
        };

        public static RequestValue Known(object constant, Location location, ValueEditKind edit, SpecialType valueType)
            => new RequestValue(constant, true, location, edit, valueType, null);

        /// <summary>A value the code does not write where the squiggle is (a parameter default): a fix inserts the new value.</summary>
        public static RequestValue Inserted(object constant, Location location, SpecialType valueType, InsertionSite insertion)
            => new RequestValue(constant, true, location, ValueEditKind.Insert, valueType, insertion);

        /// <summary>The same value, reported but not rewritten by fixes.</summary>
        public RequestValue WithoutEdit() => new RequestValue(Constant, IsKnown, Location, ValueEditKind.None, ValueType, null, Expression, IsSentAsText);

        /// <summary>The same value, which the serializer writes as a JSON string whatever its C# type (<c>[JsonNumberHandling(WriteAsString)]</c>).</summary>
        public RequestValue SentAsText() => new RequestValue(Constant, IsKnown, Location, Edit, ValueType, Insertion, Expression, isSentAsText: true);

        /// <summary>A value only known at run time; <paramref name="expression"/> computes it, its type is the C# type it is written in.</summary>
        public static RequestValue Unknown(Location location, IOperation? expression = null, SpecialType valueType = SpecialType.None)
            => new RequestValue(null, false, location, ValueEditKind.Expression, valueType, null, expression);

        /// <summary>True when a JSON serializer writes this value as a string although its C# type is a number.</summary>
        public bool IsSentAsText { get; }

        /// <summary>Whether the value is written as a C# number, which a JSON body carries as a JSON number.</summary>
        public bool IsNumber => !IsSentAsText && RequestValueTypes.IsNumber(ValueType);

        /// <summary>For an unknown value: the expression that computes it, so a wrapper can tell which of its parameters it forwards.</summary>
        public IOperation? Expression { get; }
    }
}
