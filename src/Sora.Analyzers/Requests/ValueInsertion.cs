namespace Sora.Analyzers.Requests
{
    /// <summary>
    /// Where and how a fix adds a value the code does not write: text inserted at <see cref="Position"/>,
    /// <see cref="Template"/> with <see cref="Placeholder"/> replaced by the value. Each finder writes the
    /// template in its own code shape's style (<c>, model: "{0}"</c>, <c>model = "{0}", </c>, <c>"model": "{0}", </c>).
    /// </summary>
    internal sealed class ValueInsertion
    {
        public const string Placeholder = "{0}";

        public ValueInsertion(int position, string template)
        {
            Position = position;
            Template = template;
        }

        public int Position { get; }

        public string Template { get; }

        public string Apply(string value) => Template.Replace(Placeholder, value);
    }
}
