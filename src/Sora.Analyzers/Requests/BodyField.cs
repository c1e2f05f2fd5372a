using Microsoft.CodeAnalysis;

namespace Sora.Analyzers.Requests
{
    /// <summary>
    /// One field of a request body as the API reads it (SORA006): its wire name, where that name is written, and what a
    /// fix may rename or remove. Facts only: the fix lays out its own edit (docs/design.md, "Fixes").
    /// </summary>
    internal sealed class BodyField
    {
        public BodyField(string name, bool exactName, Location nameLocation, ValueEditKind rename, Location removal, ValueEditKind remove)
        {
            Name = name;
            ExactName = exactName;
            NameLocation = nameLocation;
            Rename = rename;
            Removal = removal;
            Remove = remove;
        }

        /// <summary>The name the API receives (<c>n_variants</c>), after any JSON attribute.</summary>
        public string Name { get; }

        /// <summary>
        /// True for a name the API receives as written (a key, JSON text, a form field, a JSON attribute); false for a C#
        /// member name, which the serializer's naming policy may turn into <c>input_reference</c> or <c>inputReference</c>.
        /// </summary>
        public bool ExactName { get; }

        /// <summary>Where the squiggle goes: the member's name, the key literal, the JSON name's characters, the form field's name.</summary>
        public Location NameLocation { get; }

        /// <summary>How a fix renames the field at <see cref="NameLocation"/>: <see cref="ValueEditKind.Expression"/> (a C# name or key literal), text in a string, or not at all.</summary>
        public ValueEditKind Rename { get; }

        /// <summary>What a fix deletes to remove the field: the member, the element, the JSON member's characters, the form's Add statement.</summary>
        public Location Removal { get; }

        public ValueEditKind Remove { get; }

        /// <summary>
        /// The field as the API receives it when the serializer's naming policy is known: a C# member name becomes the
        /// name the policy gives it, compared exactly (<c>InputReference</c> is sent as <c>inputReference</c> in camel case).
        /// </summary>
        public BodyField Sent(NamingPolicy naming)
            => ExactName || !(NamingPolicies.Apply(naming, Name) is string wire)
                ? this
                : new BodyField(wire, exactName: true, NameLocation, Rename, Removal, Remove) { IsPolicyName = true };

        /// <summary>A name a naming policy gave a C# member: a rename writes the parameter as it is, which the policy keeps.</summary>
        public bool IsPolicyName { get; private set; }
    }
}
