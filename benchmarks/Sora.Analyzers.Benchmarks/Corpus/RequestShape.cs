using System.Collections.Generic;

namespace Sora.Analyzers.Benchmarks.Corpus;

/// <summary>The shapes of SPEC §4 the generator writes video requests in; the group is the §4 item.</summary>
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

    /// <summary>The SPEC §4 item a shape belongs to, for grouping the recall table.</summary>
    public static string Group(RequestShape shape) => shape switch
    {
        <= RequestShape.ObjectCreation => "§4.1 video call",
        <= RequestShape.JsonRawMultiLineString => "§4.2 payload",
        RequestShape.MultipartForm => "§4.3 multipart form",
        _ => "§4.4 OpenAI SDK",
    };
}
