using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Sora.Analyzers.Diagnostics;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.Rules
{
    /// <summary>
    /// SORA005, both ways: a JSON body's <c>seconds</c> in the type the table's <c>secondsType</c> rejects — a number where
    /// the endpoint takes a string, a string where it takes an integer. Only a body has JSON types: a call's argument is
    /// converted by the method, a form field is text (docs/design.md, "Request contract").
    /// </summary>
    internal static class SecondsTypeRule
    {
        private const int MaxExpressionLength = 40;

        public static RuleViolation? Check(RequestValue? seconds, RequestBody body, SecondsType takes)
        {
            if (body != RequestBody.Json || seconds == null || seconds.Edit == ValueEditKind.Insert || !IsWrongType(seconds, takes))
            {
                return null;
            }

            if (takes == SecondsType.String)
            {
                return seconds.IsKnown
                    ? Violation(Descriptors.SecondsAsNumber, seconds, seconds.Text!, takes, seconds.Text)
                    : Violation(Descriptors.SecondsExpressionAsNumber, seconds, ExpressionText(seconds), takes);
            }

            if (!seconds.IsKnown)
            {
                return Violation(Descriptors.SecondsExpressionAsText, seconds, ExpressionText(seconds), takes);
            }

            // Text that is no whole number ("ten", "8.5") is SORA001's to report: there is no number to send instead.
            if (!(RequestedSeconds.From(seconds.Constant).WholeNumber is int number))
            {
                return null;
            }

            // A number turned into text in C# (10.ToString(), a WriteAsString member) is edited at the number: no fix.
            RequestValue reported = seconds.IsSentAsText ? seconds.WithoutEdit() : seconds;
            string digits = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Violation(Descriptors.SecondsAsText, reported, digits, takes, digits);
        }

        /// <summary>Whether the value reaches the API in a JSON type other than the one <paramref name="takes"/> says.</summary>
        public static bool IsWrongType(RequestValue seconds, SecondsType takes)
            => takes switch
            {
                SecondsType.String => seconds.IsNumber,
                SecondsType.Integer => IsText(seconds),
                _ => false,
            };

        private static bool IsText(RequestValue seconds) => seconds.ValueType == SpecialType.System_String || seconds.IsSentAsText;

        /// <summary>The violation; <paramref name="replacement"/> is the value a fix writes in the other type, null where no fix can.</summary>
        private static RuleViolation Violation(DiagnosticDescriptor rule, RequestValue seconds, string shown, SecondsType takes, string? replacement = null)
            => new RuleViolation(
                rule,
                RequestProperty.Seconds,
                seconds,
                new object[] { shown },
                replacement != null ? ImmutableArray.Create(replacement) : ImmutableArray<string>.Empty,
                ImmutableArray<string>.Empty,
                sendSecondsAs: takes);

        // The expression as written, on one line and short: the message names it.
        private static string ExpressionText(RequestValue value)
        {
            string text = value.Expression?.Syntax.ToString() ?? value.Location.SourceTree?.GetText().ToString(value.Location.SourceSpan) ?? string.Empty;
            text = string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            return text.Length <= MaxExpressionLength ? text : text.Substring(0, MaxExpressionLength - 1) + "…";
        }
    }
}
