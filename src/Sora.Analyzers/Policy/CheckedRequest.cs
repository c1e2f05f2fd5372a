using Sora.Analyzers.Requests;
using Sora.Analyzers.Rules;

namespace Sora.Analyzers.Policy
{
    /// <summary>What the policy hands the rule checker: the request as checked, the table that applies, and how its body reaches the API.</summary>
    internal sealed class CheckedRequest
    {
        public CheckedRequest(VideoRequest request, RuleTable table, RequestBody body, NamingPolicy naming, bool spansSeveralNodes = false)
        {
            SpansSeveralNodes = spansSeveralNodes;
            Request = request;
            Table = table;
            Body = body;
            Naming = naming;
        }

        /// <summary>The request, without the model arms that name another provider's model.</summary>
        public VideoRequest Request { get; }

        /// <summary>The table whose rules apply: the one its endpoint picks, else the folder's (docs/configuration.md, "Which table applies").</summary>
        public RuleTable Table { get; }

        /// <summary>How its values reach the API: a typed object counts as a JSON body only where the code shows it serialized.</summary>
        public RequestBody Body { get; }

        /// <summary>A request found once per node it spans (a form's Adds), decided once: worth checking once too.</summary>
        public bool SpansSeveralNodes { get; }

        /// <summary>The names its C# members get where the body is serialized, when that is visible.</summary>
        public NamingPolicy Naming { get; }
    }
}
