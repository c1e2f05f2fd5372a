using System.Collections.Generic;
using System.Linq;
using Sora.Analyzers.Benchmarks.Corpus;
using Sora.Analyzers.Benchmarks.Measurement;

namespace Sora.Analyzers.Benchmarks.Reporting;

/// <summary>How the planted requests of one shape fared: what the finders of today catch, and what they wrongly flag.</summary>
internal sealed record RecallRow(RequestShape Shape, int Rejected, int Caught, int WrongRule, int Accepted, int FlaggedAccepted);

/// <summary>
/// The per-shape rows (shapes the corpus planted), the Sora diagnostics outside every planted request (false positives),
/// and how many planted non-video payloads carry one of them.
/// </summary>
internal sealed record RecallSummary(IReadOnlyList<RecallRow> Rows, int Outside, IReadOnlyList<string> OutsideSamples, int FlaggedPayloads);

internal static class Recall
{
    public static RecallSummary Compute(CorpusResult result)
    {
        var rows = new List<RecallRow>();
        int outside = 0;
        var samples = new List<string>();
        if (result.Generated == null)
        {
            return new RecallSummary(rows, outside, samples, 0);
        }

        Dictionary<string, List<PlantedRequest>> byPath = result.Generated.Requests
            .GroupBy(r => r.Path)
            .ToDictionary(g => g.Key, g => g.ToList());
        Dictionary<string, List<PlantedPayload>> payloadsByPath = result.Generated.Payloads
            .GroupBy(p => p.Path)
            .ToDictionary(g => g.Key, g => g.ToList());
        var idsByRequest = new Dictionary<PlantedRequest, List<string>>();
        var flaggedPayloads = new HashSet<PlantedPayload>();
        foreach ((string id, string path, int line) in result.SoraDiagnostics)
        {
            PlantedRequest? request = byPath.TryGetValue(path, out List<PlantedRequest>? candidates)
                ? candidates.FirstOrDefault(r => r.Contains(path, line))
                : null;
            if (request == null)
            {
                outside++;
                if (samples.Count < 10)
                {
                    samples.Add($"{id} at {path}({line + 1})");
                }

                PlantedPayload? payload = payloadsByPath.TryGetValue(path, out List<PlantedPayload>? payloads)
                    ? payloads.FirstOrDefault(p => p.Contains(path, line))
                    : null;
                if (payload != null)
                {
                    flaggedPayloads.Add(payload);
                }

                continue;
            }

            if (!idsByRequest.TryGetValue(request, out List<string>? ids))
            {
                idsByRequest[request] = ids = new List<string>();
            }

            ids.Add(id);
        }

        foreach (RequestShape shape in RequestShapes.All)
        {
            PlantedRequest[] planted = result.Generated.Requests.Where(r => r.Shape == shape).ToArray();
            if (planted.Length == 0)
            {
                continue;
            }

            int rejected = 0, caught = 0, wrongRule = 0, accepted = 0, flaggedAccepted = 0;
            foreach (PlantedRequest request in planted)
            {
                idsByRequest.TryGetValue(request, out List<string>? ids);
                if (request.ExpectedId == null)
                {
                    accepted++;
                    flaggedAccepted += ids is { Count: > 0 } ? 1 : 0;
                }
                else
                {
                    rejected++;
                    if (ids != null && ids.Contains(request.ExpectedId))
                    {
                        caught++;
                    }
                    else if (ids is { Count: > 0 })
                    {
                        wrongRule++;
                    }
                }
            }

            rows.Add(new RecallRow(shape, rejected, caught, wrongRule, accepted, flaggedAccepted));
        }

        return new RecallSummary(rows, outside, samples, flaggedPayloads.Count);
    }
}
