using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Sora.Analyzers.DocumentationGenerator
{
    /// <summary>
    /// The rules the package ships, read from its two assemblies as a host loads them: the descriptors of every
    /// [DiagnosticAnalyzer] type, and the FixableDiagnosticIds of every [ExportCodeFixProvider] type.
    /// </summary>
    public static class RuleCatalog
    {
        public static IReadOnlyList<Rule> Load()
        {
            ImmutableArray<DiagnosticDescriptor> descriptors = Instances<DiagnosticAnalyzer, DiagnosticAnalyzerAttribute>(typeof(VideoRequestAnalyzer).Assembly)
                .SelectMany(analyzer => analyzer.SupportedDiagnostics)
                .GroupBy(descriptor => descriptor.Id, StringComparer.Ordinal)
                .Select(group => group.First())
                .OrderBy(descriptor => descriptor.Id, StringComparer.Ordinal)
                .ToImmutableArray();
            var fixable = Instances<CodeFixProvider, ExportCodeFixProviderAttribute>(typeof(CodeFixes.Fixes.VideoRequestCodeFixProvider).Assembly)
                .SelectMany(provider => provider.FixableDiagnosticIds)
                .ToHashSet(StringComparer.Ordinal);

            string[] undescribed = fixable.Where(id => !FixDescriptions.ById.ContainsKey(id)).Order(StringComparer.Ordinal).ToArray();
            string[] stale = FixDescriptions.ById.Keys.Where(id => !fixable.Contains(id)).Order(StringComparer.Ordinal).ToArray();
            if (undescribed.Length > 0 || stale.Length > 0)
            {
                throw new InvalidOperationException(
                    "tools/Sora.Analyzers.DocumentationGenerator/FixDescriptions.cs and the code-fix providers disagree: "
                    + (undescribed.Length > 0 ? $"a fix without a description: {string.Join(", ", undescribed)}. " : string.Empty)
                    + (stale.Length > 0 ? $"a description of no fix: {string.Join(", ", stale)}." : string.Empty));
            }

            return descriptors
                .Select(descriptor => new Rule(
                    descriptor.Id,
                    descriptor.Title.ToString(CultureInfo.InvariantCulture),
                    descriptor.Category,
                    descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity.ToString() : "Disabled",
                    FixDescriptions.ById.TryGetValue(descriptor.Id, out string? fix) ? fix : null))
                .ToList();
        }

        private static IEnumerable<T> Instances<T, TAttribute>(Assembly assembly)
            where TAttribute : Attribute
            => assembly.GetTypes()
                .Where(type => !type.IsAbstract && typeof(T).IsAssignableFrom(type) && type.GetCustomAttribute<TAttribute>() != null)
                .OrderBy(type => type.FullName, StringComparer.Ordinal)
                .Select(type => (T)Activator.CreateInstance(type)!);
    }
}
