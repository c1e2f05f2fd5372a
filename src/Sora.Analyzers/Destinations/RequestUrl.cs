using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.Destinations
{
    /// <summary>
    /// What the code shows of a request's URL: whether its path ends in <c>/videos</c> (<c>v1/videos</c>,
    /// <c>https://host/openai/v1/videos?api-version=preview</c>), and its host. Both are read from a constant,
    /// <c>new Uri(...)</c> (with a base URI too), an interpolation or a concatenation — the path from its constant tail,
    /// the host from its constant head (<c>$"https://api.llmgateway.io/{path}"</c>) or from a constant suffix after a
    /// hole in the host (<c>$"https://{resource}.openai.azure.com/openai/v1/videos"</c> is <c>*.openai.azure.com</c>) —
    /// directly, through a local written once, or through a field or property of the same type set once
    /// (<see cref="MemberValue"/>).
    /// </summary>
    internal readonly struct RequestUrl
    {
        private const int MaxSteps = 6;

        private static readonly char[] QueryOrFragment = { '?', '#' };

        private static readonly char[] HostEnd = { '/', ':', '?', '#' };

        private RequestUrl(bool isVideos, string? host)
        {
            IsVideos = isVideos;
            Host = host;
        }

        /// <summary>The path ends in <c>/videos</c> (the query and fragment left out).</summary>
        public bool IsVideos { get; }

        /// <summary>The host, lower case; <c>*.suffix</c> when only its first label is computed; null when not shown or relative.</summary>
        public string? Host { get; }

        public static RequestUrl Read(IOperation? url, CancellationToken cancellationToken)
            => new RequestUrl(IsVideosPath(url, MaxSteps, cancellationToken), HostOf(url, MaxSteps, cancellationToken));

        /// <summary>Does the text end with the video endpoint's path (the query and fragment left out)?</summary>
        public static bool PathEndsWithVideos(string url)
        {
            int end = url.IndexOfAny(QueryOrFragment);
            string path = (end >= 0 ? url.Substring(0, end) : url).TrimEnd('/');
            return path.Equals("videos", StringComparison.OrdinalIgnoreCase) || path.EndsWith("/videos", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>
        /// The host of a URL's leading text: <c>https://api.openai.com/v1</c> → <c>api.openai.com</c>. With
        /// <paramref name="suffix"/>, the text that follows a computed host label (<c>.openai.azure.com/openai</c>)
        /// gives <c>*.openai.azure.com</c>. Null when the text shows no complete host.
        /// </summary>
        public static string? HostOfText(string text, bool complete = true)
        {
            int scheme = text.IndexOf("://", StringComparison.Ordinal);
            if (scheme <= 0)
            {
                return null;
            }

            int start = scheme + 3;
            int end = text.IndexOfAny(HostEnd, start);
            if (end < 0 && !complete)
            {
                return null;
            }

            string host = (end < 0 ? text.Substring(start) : text.Substring(start, end - start)).ToLowerInvariant();
            int userInfo = host.LastIndexOf('@');
            host = userInfo >= 0 ? host.Substring(userInfo + 1) : host;
            return host.Length == 0 ? null : host;
        }

        private static string? WildcardHost(string textAfterHole)
        {
            if (!textAfterHole.StartsWith(".", StringComparison.Ordinal))
            {
                return null;
            }

            int end = textAfterHole.IndexOfAny(HostEnd);
            string suffix = (end < 0 ? textAfterHole : textAfterHole.Substring(0, end)).ToLowerInvariant();
            return suffix.Length > 1 ? "*" + suffix : null;
        }

        private static bool IsVideosPath(IOperation? url, int steps, CancellationToken cancellationToken)
        {
            url = url.WithoutConversions();
            if (url == null || steps <= 0)
            {
                return false;
            }

            if (url.ConstantValue.HasValue)
            {
                return url.ConstantValue.Value is string text && PathEndsWithVideos(text);
            }

            switch (url)
            {
                case IObjectCreationOperation { Arguments.Length: > 0 } uri when IsUri(uri.Type):
                    return IsVideosPath(uri.Arguments[uri.Arguments.Length - 1].Parameter?.Name == "relativeUri" ? uri.Arguments[uri.Arguments.Length - 1].Value : uri.Arguments[0].Value, steps - 1, cancellationToken);
                case IInterpolatedStringOperation interpolated when interpolated.Parts.Length > 0:
                    return interpolated.Parts[interpolated.Parts.Length - 1] is IInterpolatedStringTextOperation tail
                           && tail.Text.ConstantValue.Value is string tailText
                           && PathEndsWithVideos(tailText);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation:
                    return IsVideosPath(concatenation.RightOperand, steps - 1, cancellationToken);
                default:
                    return MemberValue.WrittenOnce(url, cancellationToken) is IOperation written && IsVideosPath(written, steps - 1, cancellationToken);
            }
        }

        private static string? HostOf(IOperation? url, int steps, CancellationToken cancellationToken)
        {
            url = url.WithoutConversions();
            if (url == null || steps <= 0)
            {
                return null;
            }

            if (url.ConstantValue.HasValue)
            {
                return url.ConstantValue.Value is string text ? HostOfText(text) : null;
            }

            switch (url)
            {
                case IObjectCreationOperation { Arguments.Length: > 0 } uri when IsUri(uri.Type):
                    // new Uri(baseUri, relative): the base has the host; new Uri(text[, kind]): the text.
                    return HostOf(uri.Arguments[0].Value, steps - 1, cancellationToken);
                case IInterpolatedStringOperation interpolated when interpolated.Parts.Length > 0:
                    return HostOfInterpolation(interpolated, steps, cancellationToken);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation:
                    return HostOf(concatenation.LeftOperand, steps - 1, cancellationToken);
                default:
                    return MemberValue.WrittenOnce(url, cancellationToken) is IOperation written ? HostOf(written, steps - 1, cancellationToken) : null;
            }
        }

        private static string? HostOfInterpolation(IInterpolatedStringOperation interpolated, int steps, CancellationToken cancellationToken)
        {
            switch (interpolated.Parts[0])
            {
                case IInterpolationOperation first:
                    // $"{baseUrl}/v1/videos": the hole's own host.
                    return HostOf(first.Expression, steps - 1, cancellationToken);
                case IInterpolatedStringTextOperation head when head.Text.ConstantValue.Value is string headText:
                    if (HostOfText(headText, complete: interpolated.Parts.Length == 1) is string host)
                    {
                        return host;
                    }

                    // $"https://{resource}.openai.azure.com/...": a hole right after the scheme, then the host's constant suffix.
                    return headText.EndsWith("://", StringComparison.Ordinal)
                           && interpolated.Parts.Length > 2
                           && interpolated.Parts[2] is IInterpolatedStringTextOperation afterHole
                           && afterHole.Text.ConstantValue.Value is string afterText
                        ? WildcardHost(afterText)
                        : null;
                default:
                    return null;
            }
        }

        private static bool IsUri(ITypeSymbol? type)
            => CompilationTypes.IsNamed(type, "System", "Uri");
    }
}
