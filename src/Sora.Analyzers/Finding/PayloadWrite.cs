using Microsoft.CodeAnalysis;
using Sora.Analyzers.Requests.Flow;

namespace Sora.Analyzers.Finding
{
    /// <summary>
    /// One write of one key of a payload: an initializer element, <c>body["k"] = v</c>, <c>body.Add("k", v)</c>, a form's
    /// <c>Add(content, "k")</c>. <see cref="Value"/> is null when the content is not text the analyzer can read (a file).
    /// </summary>
    internal readonly struct PayloadWrite
    {
        public PayloadWrite(IOperation operation, string key, IOperation keyOperation, IOperation? value, DefinitionKind kind)
        {
            Operation = operation;
            Key = key;
            KeyOperation = keyOperation;
            Value = value;
            Kind = kind;
        }

        public IOperation Operation { get; }

        public string Key { get; }

        public IOperation KeyOperation { get; }

        public IOperation? Value { get; }

        /// <summary>An indexer sets the key; <c>Add</c>, <c>TryAdd</c> and a form's <c>Add</c> write it only where it is absent (the first field wins).</summary>
        public DefinitionKind Kind { get; }
    }
}
