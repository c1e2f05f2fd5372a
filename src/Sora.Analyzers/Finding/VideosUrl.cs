using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.Finding
{
    /// <summary>
    /// Is a URL the video endpoint? Its path ends in <c>/videos</c> (<c>v1/videos</c>, <c>https://host/openai/v1/videos?api-version=preview</c>):
    /// a constant, <c>new Uri(constant)</c>, or an interpolation or concatenation whose constant tail says so
    /// (<c>$"{baseUrl}/videos"</c>, <c>baseUrl + "/v1/videos"</c>), directly or through a local written once.
    /// </summary>
    internal static class VideosUrl
    {
        private const int MaxSteps = 4;

        private static readonly char[] QueryOrFragment = { '?', '#' };

        public static bool Is(IOperation? url, CancellationToken cancellationToken) => Is(url, MaxSteps, cancellationToken);

        /// <summary>Does the text end with the video endpoint's path (the query and fragment left out)?</summary>
        public static bool PathEndsWithVideos(string url)
        {
            int end = url.IndexOfAny(QueryOrFragment);
            string path = (end >= 0 ? url.Substring(0, end) : url).TrimEnd('/');
            return path.Equals("videos", StringComparison.OrdinalIgnoreCase) || path.EndsWith("/videos", StringComparison.OrdinalIgnoreCase);
        }

        private static bool Is(IOperation? url, int steps, CancellationToken cancellationToken)
        {
            while (url is IConversionOperation conversion)
            {
                url = conversion.Operand;
            }

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
                case IObjectCreationOperation { Arguments.Length: > 0 } uri when uri.Type?.Name == "Uri":
                    return Is(uri.Arguments[uri.Arguments.Length - 1].Parameter?.Name == "relativeUri" ? uri.Arguments[uri.Arguments.Length - 1].Value : uri.Arguments[0].Value, steps - 1, cancellationToken);
                case IInterpolatedStringOperation interpolated when interpolated.Parts.Length > 0:
                    return interpolated.Parts[interpolated.Parts.Length - 1] is IInterpolatedStringTextOperation tail
                           && tail.Text.ConstantValue.Value is string tailText
                           && PathEndsWithVideos(tailText);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation:
                    return Is(concatenation.RightOperand, steps - 1, cancellationToken);
                case ILocalReferenceOperation local when local.SemanticModel is SemanticModel semanticModel
                    && LocalFlow.WritesOf(local.Local, semanticModel, cancellationToken)?.OnlyValue is ExpressionSyntax assigned:
                    return Is(semanticModel.GetOperation(assigned, cancellationToken), steps - 1, cancellationToken);
                default:
                    return false;
            }
        }
    }
}
