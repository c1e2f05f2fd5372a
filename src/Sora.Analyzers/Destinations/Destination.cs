using Sora.Analyzers.Requests;

namespace Sora.Analyzers.Destinations
{
    /// <summary>
    /// Where a request goes, as far as the code shows, worked out once per request (docs/design.md, "Destination"): the
    /// kind of entry it reaches, the endpoint's host when the code shows it (which picks the rule table), and the naming
    /// policy of the serializer met on the way (which names its C# members get on the wire).
    /// </summary>
    internal sealed class Destination
    {
        public static readonly Destination Nowhere = new Destination(EntryPoint.None, host: null, NamingPolicy.Unknown);

        public Destination(EntryPoint entry, string? host, NamingPolicy naming)
        {
            Entry = entry;
            Host = host;
            Naming = naming;
        }

        public EntryPoint Entry { get; }

        /// <summary>
        /// The endpoint's host (<c>api.openai.com</c>), or a wildcard host whose first label is only known at run time
        /// (<c>*.openai.azure.com</c> for <c>$"https://{resource}.openai.azure.com/..."</c>); null when the code does not show it.
        /// </summary>
        public string? Host { get; }

        /// <summary>The names a body's C# members get where it is serialized in sight; unknown otherwise.</summary>
        public NamingPolicy Naming { get; }

        public Destination WithHost(string? host) => host == Host ? this : new Destination(Entry, host, Naming);

        public Destination WithNaming(NamingPolicy naming) => naming == Naming ? this : new Destination(Entry, Host, naming);
    }
}
