using Sora.Analyzers.Requests;

namespace Sora.Analyzers.Rules
{
    /// <summary>Another value of the request that the same fix changes along with the reported one (a port moves seconds and size with the model).</summary>
    internal sealed class ValueChange
    {
        public ValueChange(RequestProperty property, RequestValue value, string newValue)
        {
            Property = property;
            Value = value;
            NewValue = newValue;
        }

        public RequestProperty Property { get; }

        /// <summary>The value as the request writes it: where it is and how a fix edits it.</summary>
        public RequestValue Value { get; }

        /// <summary>The value to write, as the API reads it (<c>8</c>, <c>1280x720</c>).</summary>
        public string NewValue { get; }
    }
}
