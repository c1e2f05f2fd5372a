using Sora.Analyzers.Finding;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.Policy
{
    /// <summary>What the policy hands the rule checker: the Sora request as checked, and how its body reaches the API.</summary>
    internal sealed class CheckedRequest
    {
        public CheckedRequest(VideoRequest request, RequestBody body, NamingPolicy naming)
        {
            Request = request;
            Body = body;
            Naming = naming;
        }

        /// <summary>The request, without the model arms that name another provider's model.</summary>
        public VideoRequest Request { get; }

        /// <summary>How its values reach the API: a typed object counts as a JSON body only where the code shows it serialized.</summary>
        public RequestBody Body { get; }

        /// <summary>The names its C# members get where the body is serialized, when that is visible.</summary>
        public NamingPolicy Naming { get; }
    }
}
