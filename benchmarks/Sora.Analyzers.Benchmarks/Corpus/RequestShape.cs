using System.Collections.Generic;
using System.Linq;

namespace Sora.Analyzers.Benchmarks.Corpus;

/// <summary>
/// The shapes the generators write video requests in: where a request is found (docs/rules/README.md, "Where requests
/// are found"), then how a value is computed or a body completed (docs/design.md, "What counts as a value"), then a body
/// field the endpoint does not take (SORA006). The group is their kind. New shapes go at the end: a shape's number picks
/// the rule of its rejected requests, so the corpus's earlier shapes keep theirs.
/// </summary>
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

    /// <summary>The arms of <c>?:</c>, nested or with an arm known only at run time.</summary>
    Conditional,

    /// <summary>The arms of a <c>switch</c> expression.</summary>
    SwitchExpression,

    /// <summary>The constant fallback of <c>??</c> (<c>configured ?? "10"</c>).</summary>
    NullCoalescingFallback,

    /// <summary><c>10.ToString(...)</c>, <c>Convert.ToString(10)</c>, <c>$"{Seconds}"</c> of an int constant.</summary>
    ToStringOfConstant,

    /// <summary><c>$"{Width}x{Height}"</c> or <c>Width + "x" + Height</c> of int constants.</summary>
    InterpolatedSize,

    /// <summary>A <c>static readonly</c> field or get-only auto-property initialized with a constant.</summary>
    ReadonlyField,

    /// <summary>A local given a constant in every branch of a <c>switch</c> statement or an <c>if</c>/<c>else</c>.</summary>
    LocalAssignedInBranches,

    /// <summary>A local assigned once from one of the shapes above (<c>var seconds = longer ? "12" : "10";</c>).</summary>
    LocalAssignedOnceComputed,

    /// <summary>A DTO's property defaults, where <c>new Dto { ... }</c> leaves one out.</summary>
    DtoDefault,

    /// <summary>A dictionary or JsonObject body written after its creation (<c>body["seconds"] = ...</c>, <c>Add</c>, <c>TryAdd</c>).</summary>
    WriteAfterCreation,

    /// <summary>A field the endpoint does not take (<c>n_variants</c>, <c>duration</c>, <c>quality</c>) in a Sora payload: SORA006.</summary>
    UnknownField,
}

internal static class RequestShapes
{
    public static IReadOnlyList<RequestShape> All { get; } = (RequestShape[])System.Enum.GetValues(typeof(RequestShape));

    /// <summary>Where a request is found, its values plain constants: the default corpus's first cycle, one request per 1,000 lines.</summary>
    public static IReadOnlyList<RequestShape> Places { get; } = All.Where(s => s <= RequestShape.OpenAiSdkFromStringLocal).ToArray();

    /// <summary>How a value is computed or a body completed, and the body's fields: the default corpus's second cycle.</summary>
    public static IReadOnlyList<RequestShape> Values { get; } = All.Where(s => s > RequestShape.OpenAiSdkFromStringLocal).ToArray();

    /// <summary>The kind of request shape a shape belongs to, for grouping the recall table.</summary>
    public static string Group(RequestShape shape) => shape switch
    {
        <= RequestShape.ObjectCreation => "video call",
        <= RequestShape.JsonRawMultiLineString => "payload",
        RequestShape.MultipartForm => "multipart form",
        <= RequestShape.OpenAiSdkFromStringLocal => "OpenAI SDK",
        <= RequestShape.LocalAssignedOnceComputed => "computed value",
        <= RequestShape.WriteAfterCreation => "completed payload",
        _ => "body field",
    };
}
