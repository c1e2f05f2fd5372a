namespace Sora.Analyzers.Requests
{
    /// <summary>How a request's values reach the API, which decides what their C# types mean on the wire.</summary>
    internal enum RequestBody
    {
        /// <summary>A call's arguments: the callee builds the body and converts them (a wrapper, an SDK method).</summary>
        None,

        /// <summary>A body serialized as JSON (an anonymous object, an initializer, a dictionary, JSON text): a number stays a number.</summary>
        Json,

        /// <summary>
        /// A typed object's initializer: a JSON body where the code shows it serialized (it reaches an HTTP call or a Sora
        /// client through a serializer); otherwise possibly an SDK's options object, whose types are its own business.
        /// </summary>
        SerializedObject,

        /// <summary>A multipart form: every field is text.</summary>
        Form,
    }
}
