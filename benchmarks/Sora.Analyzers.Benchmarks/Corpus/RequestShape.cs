using System.Collections.Generic;

namespace Sora.Analyzers.Benchmarks.Corpus;

/// <summary>The shapes of docs/rules/README.md ("Where requests are found") the generator writes video requests in; the group is their kind.</summary>
internal enum RequestShape
{
    CallNamedArguments,
    CallReorderedNamedArguments,
    CallPositionalInt,
    CallOmittedDefaults,
    CallConstantsAndLocals,
    ObjectCreation,
    AnonymousObject,
    ObjectInitializer,
    ObjectInitializerJsonPropertyName,
    ObjectInitializerNewtonsoftJsonProperty,
    DictionaryIndexInitializer,
    DictionaryCollectionInitializer,
    JsonRegularString,
    JsonVerbatimString,
    JsonRawString,
    JsonRawMultiLineString,
    MultipartForm,
    OpenAiSdkFromObjectAsJson,
    OpenAiSdkFromStringLocal,
}

internal static class RequestShapes
{
    public static IReadOnlyList<RequestShape> All { get; } = (RequestShape[])System.Enum.GetValues(typeof(RequestShape));

    /// <summary>The kind of request shape a shape belongs to, for grouping the recall table.</summary>
    public static string Group(RequestShape shape) => shape switch
    {
        <= RequestShape.ObjectCreation => "video call",
        <= RequestShape.JsonRawMultiLineString => "payload",
        RequestShape.MultipartForm => "multipart form",
        _ => "OpenAI SDK",
    };
}
