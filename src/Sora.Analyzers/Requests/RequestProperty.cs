namespace Sora.Analyzers.Requests
{
    /// <summary>The request parameters the rules check.</summary>
    internal enum RequestProperty
    {
        Model,
        Seconds,
        Size,
    }
}
