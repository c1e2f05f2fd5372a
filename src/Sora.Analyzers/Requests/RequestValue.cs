using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Sora.Analyzers.Requests
{
    /// <summary>
    /// One value of a request (its model, seconds or size) with where it is written and how a fix may rewrite it.
    /// A value that is not a compile-time constant is <see cref="IsKnown"/> false: it is never reported.
    /// </summary>
    internal sealed class RequestValue
    {
        private RequestValue(object? constant, bool isKnown, Location location, ValueEditKind edit, SpecialType valueType, InsertionSite? insertion, IOperation? expression = null, bool isSentAsText = false, ImmutableArray<RequestValue> candidates = default, Location? readAt = null)
        {
            ReadAt = readAt;
            IsSentAsText = isSentAsText;
            Candidates = candidates.IsDefault ? ImmutableArray<RequestValue>.Empty : candidates;
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
        public RequestValue WithoutEdit() => new RequestValue(Constant, IsKnown, Location, ValueEditKind.None, ValueType, null, Expression, IsSentAsText, Candidates.IsEmpty ? default : Candidates.Select(c => c.WithoutEdit()).ToImmutableArray(), ReadAt);

        /// <summary>
        /// Where the request reads this value when it is written elsewhere: the read of the local whose write reaches it
        /// (docs/design.md, "Locals"). The squiggle and the fix stay on the value; the read says which request reports it.
        /// </summary>
        public Location? ReadAt { get; }

        /// <summary>The same value, read by a request at <paramref name="read"/> through a local (through a local of a local, the outermost read: the request's).</summary>
        public RequestValue ReadThrough(Location read) => new RequestValue(Constant, IsKnown, Location, Edit, ValueType, Insertion, Expression, IsSentAsText, Candidates.IsEmpty ? default : Candidates.Select(c => c.ReadThrough(read)).ToImmutableArray(), read);

        /// <summary>
        /// The same value, which reaches the API as text whatever its C# type: <c>[JsonNumberHandling(WriteAsString)]</c>,
        /// <c>10.ToString()</c>, <c>$"{seconds}"</c>.
        /// </summary>
        public RequestValue SentAsText() => new RequestValue(Constant, IsKnown, Location, Edit, ValueType, Insertion, Expression, isSentAsText: true, Candidates.IsEmpty ? default : Candidates.Select(c => c.SentAsText()).ToImmutableArray(), ReadAt);

        /// <summary>
        /// A value the code computes as one of several (the arms of <c>?:</c> and <c>switch</c>, a <c>??</c> fallback, the
        /// values a local is given): each candidate is checked on its own; a candidate only known at run time is ignored.
        /// </summary>
        public static RequestValue OneOf(Location location, IOperation expression, ImmutableArray<RequestValue> candidates)
            => new RequestValue(null, false, location, ValueEditKind.None, SpecialType.None, null, expression, candidates: candidates);

        /// <summary>For a value computed as one of several: its candidates, constants and values only known at run time; else empty.</summary>
        public ImmutableArray<RequestValue> Candidates { get; }

        /// <summary>The constants this value may be: itself when it is one, its constant candidates when it is a set.</summary>
        public System.Collections.Generic.IEnumerable<RequestValue> Constants => IsKnown ? new[] { this } : Candidates.Where(c => c.IsKnown);

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
