using System.Collections.Immutable;
using Sora.Analyzers.Destinations;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.Finding
{
    /// <summary>
    /// A method whose parameters flow into the model, seconds or size of a Sora request in its body: each call of it is
    /// a Sora request, made of the constants the caller passes and the defaults it leaves (docs/design.md, "Wrappers").
    /// </summary>
    internal sealed class Wrapper
    {
        public Wrapper(ImmutableDictionary<int, RequestProperty> forwarded, RequestValue? innerModel, Destination destination)
        {
            Forwarded = forwarded;
            InnerModel = innerModel;
            Destination = destination;
        }

        /// <summary>Which request value each forwarding parameter (by ordinal) becomes.</summary>
        public ImmutableDictionary<int, RequestProperty> Forwarded { get; }

        /// <summary>The request value <paramref name="parameter"/> of the wrapper becomes; null when it forwards none.</summary>
        public RequestProperty? PropertyOf(Microsoft.CodeAnalysis.IParameterSymbol parameter)
            => Forwarded.TryGetValue(parameter.Ordinal, out RequestProperty property) ? property : (RequestProperty?)null;

        /// <summary>The model the wrapper's request names itself when the caller does not pass one (a constant); null when none.</summary>
        public RequestValue? InnerModel { get; }

        /// <summary>Where the wrapper's request goes, as its body shows.</summary>
        public Destination Destination { get; }
    }
}
