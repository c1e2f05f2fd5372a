using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Sora.Analyzers.Diagnostics;
using Sora.Analyzers.Finding;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.Rules
{
    /// <summary>
    /// The one place the rules live: checks a request against a rule table, whatever code shape the
    /// request came from, and works out the replacement values and model switches a fix may offer.
    /// </summary>
    internal static class RuleChecker
    {
        /// <summary>
        /// Checks <paramref name="request"/>, whose values reach the API as <paramref name="body"/> says (the policy's reading
        /// of its shape). A request whose values are sets is checked combination by combination; a finding on one node is
        /// reported once.
        /// </summary>
        public static ImmutableArray<RuleViolation> Check(VideoRequest request, RequestBody body, RuleTable table, NamingPolicy naming = NamingPolicy.Unknown)
        {
            if (!request.HasCandidates)
            {
                return CheckOne(request, body, table, naming);
            }

            var reported = new HashSet<(string Id, Microsoft.CodeAnalysis.Text.TextSpan Span)>();
            var violations = ImmutableArray.CreateBuilder<RuleViolation>();
            foreach (VideoRequest combination in request.Combinations())
            {
                foreach (RuleViolation violation in CheckOne(combination, body, table, naming))
                {
                    Microsoft.CodeAnalysis.Location location = violation.Field?.NameLocation ?? violation.Value!.Location;
                    if (reported.Add((violation.Rule.Id, location.SourceSpan)))
                    {
                        violations.Add(violation);
                    }
                }
            }

            return violations.ToImmutable();
        }

        private static ImmutableArray<RuleViolation> CheckOne(VideoRequest request, RequestBody body, RuleTable table, NamingPolicy naming)
        {
            var violations = ImmutableArray.CreateBuilder<RuleViolation>();
            RequestValue? modelValue = request.Model;
            if (modelValue != null && !modelValue.IsKnown)
            {
                // A model chosen at run time: only what no model of the table accepts can be said.
                CheckForAnyModel(request, modelValue, table, violations);
            }
            else
            {
                string modelName = modelValue?.Text ?? table.DefaultModel;
                VideoModel? model = table.Find(modelName);
                if (model == null)
                {
                    if (modelValue != null)
                    {
                        violations.Add(UnknownModel(modelValue, modelName, table));
                    }
                }
                else
                {
                    CheckForModel(request, body, modelValue ?? DefaultModel(request, modelName), modelName, model, table, violations);
                }
            }

            CheckContract(request, body, table, naming, violations);
            return violations.ToImmutable();
        }

        private static void CheckForModel(VideoRequest request, RequestBody body, RequestValue modelValue, string modelName, VideoModel model, RuleTable table, ImmutableArray<RuleViolation>.Builder violations)
        {
            // A removed model is SORA007, not also SORA004; its values are still checked where the table lists them.
            if (model.IsRemoved)
            {
                violations.Add(Removed(request, body, modelValue, modelName, model, table));
            }
            else if (model.Deprecated != null)
            {
                violations.Add(new RuleViolation(Descriptors.DeprecatedModel, RequestProperty.Model, modelValue, new object[] { modelName, model.Deprecated }, ImmutableArray<string>.Empty, ImmutableArray<string>.Empty));
            }

            RequestValue? seconds = request.Seconds;
            if (seconds != null && seconds.IsKnown && !model.Seconds.IsEmpty && !RequestedSeconds.From(seconds.Constant).IsSupportedBy(model.Seconds))
            {
                violations.Add(new RuleViolation(
                    Descriptors.UnsupportedSeconds,
                    RequestProperty.Seconds,
                    seconds,
                    new object[] { modelName, seconds.Text!, ValueList.Format(model.Seconds) },
                    NearestValues.Seconds(RequestedSeconds.From(seconds.Constant), model.Seconds, model.DefaultSeconds),
                    ModelsAccepting(request, table, model)));
            }

            RequestValue? size = request.Size;
            if (size != null && size.IsKnown && !model.Sizes.IsEmpty && !model.SupportsSize(size.Text!))
            {
                violations.Add(new RuleViolation(
                    Descriptors.UnsupportedSize,
                    RequestProperty.Size,
                    size,
                    new object[] { modelName, size.Text!, ValueList.Format(model.Sizes) },
                    NearestValues.Sizes(size.Text!, model.Sizes),
                    ModelsAccepting(request, table, model)));
            }
        }

        /// <summary>
        /// SORA007, whose fix ports the request to the table's replacement: the model switched, and the request's seconds and
        /// size moved to what the replacement takes, in one edit. No fix ever switches to a removed model.
        /// </summary>
        private static RuleViolation Removed(VideoRequest request, RequestBody body, RequestValue modelValue, string modelName, VideoModel model, RuleTable table)
        {
            VideoModel? target = model.Replacement != null ? table.Find(model.Replacement) : null;
            bool ports = target != null && !target.IsRemoved && request.CanChangeModel;
            return new RuleViolation(
                Descriptors.RemovedModel,
                RequestProperty.Model,
                modelValue,
                new object[] { modelName, model.Removed! },
                ports ? ImmutableArray.Create(model.Replacement!) : ImmutableArray<string>.Empty,
                ImmutableArray<string>.Empty,
                sendSecondsAs: ports ? Port.SecondsTypeFor(body, table.SecondsType) : null,
                companions: ports ? Port.Changes(request, body, target!, table.SecondsType) : default);
        }

        /// <summary>The model is not a constant: a value no model of the table takes is wrong whatever the model, and so is a table whose every model is gone.</summary>
        private static void CheckForAnyModel(VideoRequest request, RequestValue modelValue, RuleTable table, ImmutableArray<RuleViolation>.Builder violations)
        {
            if (table.Models.All(m => m.IsRemoved))
            {
                string lastRemoval = table.Models.Select(m => m.Removed!).OrderBy(date => date, StringComparer.Ordinal).Last();
                violations.Add(new RuleViolation(Descriptors.RemovedModels, RequestProperty.Model, modelValue.WithoutEdit(), new object[] { table.Name, lastRemoval }, ImmutableArray<string>.Empty, ImmutableArray<string>.Empty));
            }

            DurationSet allSeconds = DurationSet.Union(table.Models.Select(m => m.Seconds));
            RequestValue? seconds = request.Seconds;
            if (seconds != null && seconds.IsKnown && !allSeconds.IsEmpty && !RequestedSeconds.From(seconds.Constant).IsSupportedBy(allSeconds))
            {
                int defaultSeconds = table.Find(table.DefaultModel)?.DefaultSeconds ?? allSeconds.First;
                violations.Add(new RuleViolation(
                    Descriptors.UnsupportedSecondsForAnyModel,
                    RequestProperty.Seconds,
                    seconds,
                    new object[] { seconds.Text!, ValueList.Format(allSeconds) },
                    NearestValues.Seconds(RequestedSeconds.From(seconds.Constant), allSeconds, defaultSeconds),
                    ImmutableArray<string>.Empty));
            }

            ImmutableArray<string> allSizes = table.Models.SelectMany(m => m.Sizes).Distinct(StringComparer.Ordinal).ToImmutableArray();
            RequestValue? size = request.Size;
            if (size != null && size.IsKnown && !allSizes.IsEmpty && !allSizes.Contains(size.Text!))
            {
                violations.Add(new RuleViolation(
                    Descriptors.UnsupportedSizeForAnyModel,
                    RequestProperty.Size,
                    size,
                    new object[] { size.Text!, ValueList.Format(allSizes) },
                    NearestValues.Sizes(size.Text!, allSizes),
                    ImmutableArray<string>.Empty));
            }
        }

        /// <summary>What the endpoint's contract says whatever the model: <c>seconds</c> in the JSON type it takes (SORA005), no unknown field (SORA006).</summary>
        private static void CheckContract(VideoRequest request, RequestBody body, RuleTable table, NamingPolicy naming, ImmutableArray<RuleViolation>.Builder violations)
        {
            if (SecondsTypeRule.Check(request.Seconds, body, table.SecondsType) is RuleViolation wrongType)
            {
                violations.Add(wrongType);
            }

            if ((body == RequestBody.Json || body == RequestBody.Form) && !table.Parameters.IsEmpty)
            {
                foreach (BodyField written in request.Fields)
                {
                    BodyField field = written.Sent(naming);
                    if (!ParameterNames.Accepts(table.Parameters, field))
                    {
                        string? meant = ParameterNames.MeantBy(field, table.Parameters, request.Fields);
                        violations.Add(new RuleViolation(
                            Descriptors.UnknownParameter,
                            RequestProperty.Model,
                            null,
                            new object[] { field.Name, ValueList.Format(table.Parameters.OrderBy(p => p, StringComparer.Ordinal)) },
                            meant != null ? ImmutableArray.Create(meant) : ImmutableArray<string>.Empty,
                            ImmutableArray<string>.Empty,
                            field));
                    }
                }
            }
        }

        /// <summary>
        /// The table's default model, for a request that names none: reported where the request starts, and set by a fix
        /// where a model can be added.
        /// </summary>
        private static RequestValue DefaultModel(VideoRequest request, string modelName)
            => request.ModelInsertion != null
                ? RequestValue.Inserted(modelName, request.DefaultModelLocation, Microsoft.CodeAnalysis.SpecialType.System_String, request.ModelInsertion)
                : RequestValue.Known(modelName, request.DefaultModelLocation, ValueEditKind.None, Microsoft.CodeAnalysis.SpecialType.System_String);

        private static RuleViolation UnknownModel(RequestValue modelValue, string modelName, RuleTable table)
            => new RuleViolation(
                Descriptors.UnknownModel,
                RequestProperty.Model,
                modelValue,
                new object[] { modelName, ValueList.Format(table.Models.Select(m => m.Name)) },
                ModelNameMatcher.Closest(modelName, table),
                ImmutableArray<string>.Empty);

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
                if (candidate != current && !candidate.IsRemoved && Accepts(candidate, request.Seconds, request.Size))
                {
                    result.Add(candidate.Name);
                }
            }

            return result.ToImmutable();
        }

        // An absent value takes the model's default, which it accepts; a value only known at run time might not be accepted.
        private static bool Accepts(VideoModel model, RequestValue? seconds, RequestValue? size)
            => (seconds == null || (seconds.IsKnown && RequestedSeconds.From(seconds.Constant).IsSupportedBy(model.Seconds)))
               && (size == null || (size.IsKnown && model.SupportsSize(size.Text!)));
    }
}
