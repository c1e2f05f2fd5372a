using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.Rules
{
    /// <summary>One value a rule rejects, with everything a fix needs to offer its choices.</summary>
    internal sealed class RuleViolation
    {
        public RuleViolation(
            DiagnosticDescriptor rule,
            RequestProperty property,
            RequestValue? value,
            object[] messageArguments,
            ImmutableArray<string> replacements,
            ImmutableArray<string> switchModels,
            BodyField? field = null,
            SecondsType? sendSecondsAs = null,
            ImmutableArray<ValueChange> companions = default)
        {
            SendSecondsAs = sendSecondsAs;
            Companions = companions.IsDefault ? ImmutableArray<ValueChange>.Empty : companions;
            Field = field;
            Rule = rule;
            Property = property;
            Value = value;
            MessageArguments = messageArguments;
            Replacements = replacements;
            SwitchModels = switchModels;
        }

        public DiagnosticDescriptor Rule { get; }

        /// <summary>Which of the request's values is wrong.</summary>
        public RequestProperty Property { get; }

        /// <summary>The wrong value; null for a wrong field (<see cref="Field"/>).</summary>
        public RequestValue? Value { get; }

        /// <summary>For an unknown parameter (SORA006): the field the endpoint does not take.</summary>
        public BodyField? Field { get; }

        public object[] MessageArguments { get; }

        /// <summary>Values to put in place of the wrong one, best first.</summary>
        public ImmutableArray<string> Replacements { get; }

        /// <summary>Other models that accept the whole request as it is.</summary>
        public ImmutableArray<string> SwitchModels { get; }

        /// <summary>The JSON type the table takes for <c>seconds</c>, where a fix writes it (SORA005; a port); null where the type stays as written.</summary>
        public SecondsType? SendSecondsAs { get; }

        /// <summary>Other values the first replacement's fix changes in the same edit (a port's seconds and size).</summary>
        public ImmutableArray<ValueChange> Companions { get; }
    }
}
