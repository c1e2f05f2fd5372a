using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using Sora.Analyzers.Json;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.Finding
{
    /// <summary>
    /// JSON text in constant strings (<c>"{\"model\":\"sora-2\",\"seconds\":\"10\"}"</c>, verbatim, raw and
    /// constant interpolated strings). Every JSON object with a <c>model</c>, <c>seconds</c> or <c>size</c> key (exact
    /// case: JSON keys reach the API as written) is a request; its values are located on their exact characters inside
    /// the literal, so the squiggle sits on <c>10</c> and a fix rewrites only those characters.
    /// </summary>
    internal static class JsonStringFinder
    {
        private static readonly char[] Exponent = { 'e', 'E' };

        /// <summary>
        /// The requests in <paramref name="operation"/>, a string literal or a constant interpolated string; empty for
        /// anything else. Strings without a brace and a quoted request key are turned away without allocating.
        /// </summary>
        public static ImmutableArray<FoundRequest> Find(IOperation operation, CancellationToken cancellationToken)
        {
            // The syntax first: reading the constant of a numeric literal would box it.
            if (!IsStringExpression(operation.Syntax)
                || !(operation.ConstantValue.HasValue && operation.ConstantValue.Value is string text)
                || !MayHoldRequest(text)
                || operation.Syntax.ContainsDiagnostics)
            {
                return ImmutableArray<FoundRequest>.Empty;
            }

            // Malformed JSON (half-typed, or no JSON at all) is not a request yet.
            if (!(JsonReader.Parse(text).Root is JsonNode root) || !(StringLiteralMap.Create(operation, text) is StringLiteralMap map))
            {
                return ImmutableArray<FoundRequest>.Empty;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var requests = ImmutableArray.CreateBuilder<FoundRequest>();
            AddRequests(root, isRoot: true, operation.Syntax, map, requests, cancellationToken);
            return requests.ToImmutable();
        }

        /// <summary>
        /// The test every string literal of the compilation goes through, on syntax alone and without allocating: a
        /// literal's decoded text (kept by the token), or an interpolated string's text parts, hold a quoted request key.
        /// </summary>
        public static bool MayHoldRequest(SyntaxNode node)
        {
            switch (node)
            {
                case LiteralExpressionSyntax literal:
                    return MayHoldRequest(literal.Token.ValueText);
                case InterpolatedStringExpressionSyntax interpolated:
                    foreach (InterpolatedStringContentSyntax content in interpolated.Contents)
                    {
                        if (content is InterpolatedStringTextSyntax text && HasRequestKey(text.TextToken.ValueText))
                        {
                            return true;
                        }
                    }

                    return false;
                default:
                    return false;
            }
        }

        /// <summary>
        /// Which models a literal's JSON names in its objects, read before anything is bound: one some table knows (or
        /// nearly), only others' (a chat request's <c>"model": "gpt-4o"</c>: another provider's, nothing more to do), or
        /// none (then only where it goes can make it a request). Text that is not a plain literal (its constant needs
        /// binding) may name one.
        /// </summary>
        public static ModelMention ModelsNamed(SyntaxNode node, Func<string, bool> namesVideoModel)
        {
            // An interpolated constant's text needs binding: it may name one.
            if (!(node is LiteralExpressionSyntax literal))
            {
                return ModelMention.VideoModel;
            }

            ModelMention mention = ModelMention.None;
            return JsonReader.Parse(literal.Token.ValueText).Root is JsonNode root && Visit(root, namesVideoModel, ref mention) ? ModelMention.VideoModel : mention;
        }

        // True as soon as a model some table knows is named; otherwise notes whether any model is named.
        private static bool Visit(JsonNode node, Func<string, bool> namesVideoModel, ref ModelMention mention)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (JsonProperty property in obj.Properties)
                    {
                        if (property.Name.Value == "model" && property.Value is JsonString model)
                        {
                            if (namesVideoModel(model.Value))
                            {
                                return true;
                            }

                            mention = ModelMention.OtherModels;
                        }

                        if (Visit(property.Value, namesVideoModel, ref mention))
                        {
                            return true;
                        }
                    }

                    return false;
                case JsonArray array:
                    foreach (JsonNode item in array.Items)
                    {
                        if (Visit(item, namesVideoModel, ref mention))
                        {
                            return true;
                        }
                    }

                    return false;
                default:
                    return false;
            }
        }

        /// <summary>The cheap test every string constant goes through: a brace and a quoted request key.</summary>
        private static bool MayHoldRequest(string text)
            => text.IndexOf('{') >= 0 && HasRequestKey(text);

        private static bool HasRequestKey(string text)
            => text.IndexOf("\"seconds\"", StringComparison.Ordinal) >= 0
               || text.IndexOf("\"size\"", StringComparison.Ordinal) >= 0
               || text.IndexOf("\"model\"", StringComparison.Ordinal) >= 0;

        // The literal itself, not the text parts of an interpolated string (they are literals too) nor a UTF-8 literal.
        private static bool IsStringExpression(SyntaxNode syntax)
            => syntax.IsKind(SyntaxKind.StringLiteralExpression) || syntax is InterpolatedStringExpressionSyntax;

        /// <summary>
        /// Adds the request of <paramref name="node"/> when it is an object with request keys, then those of the objects
        /// in it. Only the document's root object is the body a call sends; a nested one is found as such.
        /// </summary>
        private static void AddRequests(JsonNode node, bool isRoot, SyntaxNode literal, StringLiteralMap map, ImmutableArray<FoundRequest>.Builder requests, CancellationToken cancellationToken)
        {
            switch (node)
            {
                case JsonObject obj:
                    VideoRequest? request = Read(obj, isRoot, map);
                    if (request != null)
                    {
                        requests.Add(new FoundRequest(request, isRoot ? RequestShape.Payload : RequestShape.NestedJson, literal));
                    }

                    foreach (JsonProperty property in obj.Properties)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        AddRequests(property.Value, isRoot: false, literal, map, requests, cancellationToken);
                    }

                    break;
                case JsonArray array:
                    foreach (JsonNode item in array.Items)
                    {
                        AddRequests(item, isRoot: false, literal, map, requests, cancellationToken);
                    }

                    break;
            }
        }

        private static VideoRequest? Read(JsonObject obj, bool isRoot, StringLiteralMap map)
        {
            var builder = new VideoRequestBuilder();
            foreach (JsonProperty property in obj.Properties)
            {
                if (RequestMemberNames.TryGet(property.Name.Value, ignoreCase: false, out RequestProperty requestProperty)
                    && ReadValue(requestProperty, property.Value, map) is RequestValue value)
                {
                    builder.Set(requestProperty, value);
                }

                // Only the document's root is the body a call sends: a nested object's keys are some other schema's.
                if (isRoot)
                {
                    builder.AddField(Field(property, map));
                }
            }

            if (builder.IsEmpty)
            {
                return null;
            }

            Location location = map.Location(obj.Start, obj.End);
            return builder.Build(location, builder.HasModel ? null : ModelInsertion(obj, map, location), map.Location(obj.Start, obj.Start + 1), RequestBody.Json);
        }

        /// <summary>A member of the root object: its name's characters (between the quotes) and the member's, from its name to its value's end.</summary>
        private static BodyField Field(JsonProperty property, StringLiteralMap map)
        {
            JsonString name = property.Name;
            int nameStart = name.Start + 1;
            int nameEnd = name.End - 1;
            ValueEditKind rename = !name.HasEscapes && map.IsWrittenAsIs(nameStart, nameEnd) ? ValueEditKind.TextInString : ValueEditKind.None;
            ValueEditKind remove = map.IsOutsideHoles(name.Start, property.Value.End) ? ValueEditKind.TextInString : ValueEditKind.None;
            return new BodyField(name.Value, exactName: true, map.Location(nameStart, nameEnd), rename, map.Location(name.Start, property.Value.End), remove);
        }

        /// <summary>A JSON string (any request value) or number (seconds); the location is the characters between the quotes, or the digits.</summary>
        private static RequestValue? ReadValue(RequestProperty property, JsonNode node, StringLiteralMap map)
        {
            int start;
            int end;
            object constant;
            SpecialType type;
            bool jsonEscapes = false;
            switch (node)
            {
                case JsonString text:
                    start = text.Start + 1;
                    end = text.End - 1;
                    constant = text.Value;
                    type = SpecialType.System_String;
                    jsonEscapes = text.HasEscapes;
                    break;
                case JsonScalar number when number.Kind == JsonKind.Number && property == RequestProperty.Seconds:
                    start = number.Start;
                    end = number.End;
                    constant = ParseNumber(number.Text, out type);
                    break;
                default:
                    return null;
            }

            var value = RequestValue.Known(constant, map.Location(start, end), ValueEditKind.TextInString, type);

            // Text written through an escape (JSON's or C#'s) or an interpolation hole is reported, but no fix could
            // rewrite just those characters without touching others.
            return jsonEscapes || !map.IsWrittenAsIs(start, end) ? value.WithoutEdit() : value;
        }

        /// <summary>The number as the narrowest of int, long, decimal, double that holds it, so messages show what is written; its text when none does.</summary>
        private static object ParseNumber(string text, out SpecialType type)
        {
            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int small))
            {
                type = SpecialType.System_Int32;
                return small;
            }

            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long large))
            {
                type = SpecialType.System_Int64;
                return large;
            }

            if (text.IndexOfAny(Exponent) < 0
                && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal fraction))
            {
                type = SpecialType.System_Decimal;
                return fraction;
            }

            // Beyond double's range (1e999) .NET Framework fails to parse: the text is then no duration the API takes,
            // reported as such (docs/design.md: a value that cannot be parsed is reported as a wrong one).
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double real) && !double.IsInfinity(real))
            {
                type = SpecialType.System_Double;
                return real;
            }

            type = SpecialType.System_String;
            return text;
        }

        /// <summary>
        /// Where a fix adds <c>"model": "…"</c>: the object's characters in the literal (the fix writes the member first, in
        /// the literal's escaping and the JSON's layout). Null when the text around the first member comes from an
        /// interpolation hole, which no fix can write into.
        /// </summary>
        private static InsertionSite? ModelInsertion(JsonObject obj, StringLiteralMap map, Location objectLocation)
        {
            // A request object has at least one member: the one that made it a request.
            JsonProperty first = obj.Properties[0];
            return map.IsOutsideHoles(obj.Start, first.Value.Start + 1) ? new InsertionSite(objectLocation, RequestMemberNames.Model) : null;
        }
    }
}
