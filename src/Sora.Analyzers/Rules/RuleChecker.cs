using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Sora.Analyzers.Diagnostics;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.Rules
{
    /// <summary>
    /// The one place the rules live: checks a request against a rule table, whatever code shape the
    /// request came from, and works out the replacement values and model switches a fix may offer.
    /// </summary>
    internal static class RuleChecker
    {
        public static ImmutableArray<RuleViolation> Check(VideoRequest request, RuleTable table)
        {
            VideoModel? model;
            string modelName;
            RequestValue? modelValue = request.Model;
            if (modelValue == null)
            {
                modelName = table.DefaultModel;
                model = table.Find(modelName);
            }
            else if (!modelValue.IsKnown)
            {
                // A model chosen at run time: nothing can be said about its seconds or size.
                return ImmutableArray<RuleViolation>.Empty;
            }
            else
            {
                modelName = modelValue.Text!;
                model = table.Find(modelName);
                if (model == null)
                {
                    return ImmutableArray.Create(UnknownModel(modelValue, modelName, table));
                }
            }

            if (model == null)
            {
                return ImmutableArray<RuleViolation>.Empty;
            }

            var violations = ImmutableArray.CreateBuilder<RuleViolation>();
            if (modelValue != null && model.Deprecated != null)
            {
                violations.Add(new RuleViolation(Descriptors.DeprecatedModel, RequestProperty.Model, modelValue, new object[] { modelName, model.Deprecated }, ImmutableArray<string>.Empty, ImmutableArray<string>.Empty));
            }

            RequestValue? seconds = request.Seconds;
            if (seconds != null && seconds.IsKnown && !RequestedSeconds.From(seconds.Constant).IsSupportedBy(model))
            {
                violations.Add(new RuleViolation(
                    Descriptors.UnsupportedSeconds,
                    RequestProperty.Seconds,
                    seconds,
                    new object[] { modelName, seconds.Text!, ValueList.Format(model.Seconds.Select(Invariant)) },
                    NearestSeconds(RequestedSeconds.From(seconds.Constant), model),
                    ModelsAccepting(request, table, model)));
            }

            RequestValue? size = request.Size;
            if (size != null && size.IsKnown && !model.SupportsSize(size.Text!))
            {
                violations.Add(new RuleViolation(
                    Descriptors.UnsupportedSize,
                    RequestProperty.Size,
                    size,
                    new object[] { modelName, size.Text!, ValueList.Format(model.Sizes) },
                    NearestSizes(size.Text!, model),
                    ModelsAccepting(request, table, model)));
            }

            return violations.ToImmutable();
        }

        private static RuleViolation UnknownModel(RequestValue modelValue, string modelName, RuleTable table)
            => new RuleViolation(
                Descriptors.UnknownModel,
                RequestProperty.Model,
                modelValue,
                new object[] { modelName, ValueList.Format(table.Models.Select(m => m.Name)) },
                ModelNameMatcher.Closest(modelName, table),
                ImmutableArray<string>.Empty);

        /// <summary>The supported durations nearest to the requested one, shorter first on a tie; the default when it is no number.</summary>
        private static ImmutableArray<string> NearestSeconds(RequestedSeconds requested, VideoModel model)
        {
            if (!requested.Number.HasValue)
            {
                return ImmutableArray.Create(Invariant(model.DefaultSeconds));
            }

            decimal best = decimal.MaxValue;
            var nearest = new List<int>();
            foreach (int supported in model.Seconds.OrderBy(s => s))
            {
                decimal distance = Math.Abs(supported - requested.Number.Value);
                if (distance < best)
                {
                    best = distance;
                    nearest.Clear();
                }

                if (distance == best)
                {
                    nearest.Add(supported);
                }
            }

            return nearest.Select(Invariant).ToImmutableArray();
        }

        /// <summary>
        /// The supported sizes of the requested orientation, closest first. A square or unreadable size
        /// has no orientation to keep: then every supported size is offered, closest (or first listed) first.
        /// </summary>
        private static ImmutableArray<string> NearestSizes(string requested, VideoModel model)
        {
            if (!VideoSize.TryParseLenient(requested, out VideoSize wanted))
            {
                return model.Sizes;
            }

            var candidates = model.Sizes
                .Select(text => VideoSize.TryParse(text, out VideoSize size) ? (Text: text, Size: size) : (Text: text, Size: default))
                .Where(c => wanted.Orientation == Orientation.Square || c.Size.Orientation == wanted.Orientation)
                .OrderBy(c => c.Size.DistanceTo(wanted))
                .Select(c => c.Text)
                .ToImmutableArray();
            return candidates.IsEmpty ? model.Sizes : candidates;
        }

        /// <summary>Other models of the table that accept every value the request sets, when a fix can change the request's model.</summary>
        private static ImmutableArray<string> ModelsAccepting(VideoRequest request, RuleTable table, VideoModel current)
        {
            if (!request.CanChangeModel)
            {
                return ImmutableArray<string>.Empty;
            }

            var result = ImmutableArray.CreateBuilder<string>();
            foreach (VideoModel candidate in table.Models)
            {
                if (candidate != current && Accepts(candidate, request.Seconds, request.Size))
                {
                    result.Add(candidate.Name);
                }
            }

            return result.ToImmutable();
        }

        // An absent value takes the model's default, which it accepts; a value only known at run time might not be accepted.
        private static bool Accepts(VideoModel model, RequestValue? seconds, RequestValue? size)
            => (seconds == null || (seconds.IsKnown && RequestedSeconds.From(seconds.Constant).IsSupportedBy(model)))
               && (size == null || (size.IsKnown && model.SupportsSize(size.Text!)));

        private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
