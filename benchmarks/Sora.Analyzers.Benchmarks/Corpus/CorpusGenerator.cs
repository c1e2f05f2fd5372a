using System;
using System.Collections.Generic;
using System.Globalization;

namespace Sora.Analyzers.Benchmarks.Corpus;

/// <summary>A generated corpus: its files, the video requests planted in it, and the peer-rule mistakes planted in it.</summary>
internal sealed record GeneratedCorpus(
    IReadOnlyList<SourceFile> Files,
    IReadOnlyList<PlantedRequest> Requests,
    int PlantedFormatMistakes,
    int PlantedLoggingMistakes);

/// <summary>
/// Writes a deterministic (seeded) corpus of ordinary application code: service classes with LINQ, HttpClient calls,
/// anonymous objects, dictionaries, JSON strings, chat/image calls with a <c>model</c> parameter, methods named
/// <c>*Video*</c> without request parameters, <c>string.Format</c> and <c>ILogger</c> calls (work for CA2241 and CA2017),
/// and about one video request per 1,000 lines, cycling through every shape of docs/rules/README.md ("Where requests are found") with accepted and rejected values.
/// </summary>
internal sealed class CorpusGenerator
{
    /// <summary>One video request (a few lines) per this many lines of code.</summary>
    public const int LinesPerRequest = 1000;

    /// <summary>One CA2241 mistake and one CA2017 mistake per this many lines (and one of each early on).</summary>
    public const int LinesPerPeerMistake = 2500;

    private static readonly string[] Areas = { "Billing", "Catalog", "Shipping", "Identity", "Marketing", "Support", "Analytics", "Inventory", "Notifications", "Storefront" };
    private static readonly string[] Features = { "Invoice", "Shipment", "Refund", "Subscription", "Coupon", "Review", "Ticket", "Payment", "Cart", "Wishlist", "Campaign", "Report", "Account", "Profile", "Warehouse", "Supplier", "Quote", "Return", "Loyalty", "Audit" };
    private static readonly string[] Kinds = { "Service", "Manager", "Processor", "Coordinator", "Handler", "Workflow" };
    private static readonly string[] Nouns = { "Order", "Customer", "Product", "Batch", "Region", "Channel", "Segment", "Export", "Digest", "Summary", "Backlog", "Forecast" };
    private static readonly string[] Statuses = { "new", "paid", "shipped", "cancelled", "refunded", "on-hold" };
    private static readonly string[] Regions = { "eu-west", "eu-north", "us-east", "us-west", "ap-south", "ap-east" };
    private static readonly string[] Categories = { "books", "garden", "toys", "kitchen", "sports", "audio" };
    private static readonly string[] Routes = { "orders", "customers", "products", "invoices", "shipments", "returns" };
    private static readonly string[] ChatModels = { "gpt-4o-mini", "gpt-4o", "gpt-4.1", "o4-mini", "gpt-5-mini" };
    private static readonly string[] Prompts = { "A calico cat on a skateboard at sunset", "Aerial shot of a coastline at dawn", "A paper boat drifting down a rainy street", "Time-lapse of a city intersection at night" };

    // Request values, by what the default rule table (apiyi) says of them.
    private static readonly (string Model, string Seconds, string Size)[] Valid =
    {
        ("sora-2", "4", "1280x720"), ("sora-2", "8", "720x1280"), ("sora-2", "12", "1280x720"),
        ("sora-2-pro", "10", "1792x1024"), ("sora-2-pro", "15", "1024x1792"), ("sora-2-pro", "25", "720x1280"),
        ("sora-2-2025-10-06", "8", "1280x720"), ("sora-2-pro-2025-10-06", "15", "1280x720"),
    };

    private static readonly (string Model, string Seconds, string Size)[] WrongSeconds =
    {
        ("sora-2", "10", "1280x720"), ("sora-2", "6", "720x1280"), ("sora-2-pro", "8", "1792x1024"), ("sora-2-pro", "12", "1280x720"), ("sora-2", "16", "720x1280"),
    };

    private static readonly (string Model, string Seconds, string Size)[] UnknownModel =
    {
        ("sora2", "8", "1280x720"), ("sora-2pro", "10", "1792x1024"), ("sora_2", "4", "720x1280"),
    };

    private static readonly (string Model, string Seconds, string Size)[] WrongSize =
    {
        ("sora-2", "8", "1792x1024"), ("sora-2", "4", "1024x1792"), ("sora-2-pro", "10", "1920x1080"), ("sora-2", "12", "1080x1920"),
    };

    private readonly Random _random;
    private readonly bool _withVideo;
    private readonly List<PlantedRequest> _requests = new List<PlantedRequest>();
    private int _linesWritten;
    private int _formatMistakes;
    private int _loggingMistakes;

    public CorpusGenerator(int seed, bool withVideo)
    {
        _random = new Random(seed);
        _withVideo = withVideo;
    }

    public GeneratedCorpus Generate(int targetLines, int fileCount)
    {
        var files = new List<SourceFile>(SharedSources.Create(_withVideo));
        foreach (SourceFile file in files)
        {
            _linesWritten += file.LineCount;
        }

        fileCount = Math.Max(1, fileCount);
        for (int index = 0; index < fileCount; index++)
        {
            int filesLeft = fileCount - index;
            int linesLeft = Math.Max(40, targetLines - _linesWritten);
            int target = filesLeft == 1 ? linesLeft : (int)(linesLeft / (double)filesLeft * (0.6 + (_random.NextDouble() * 0.8)));
            files.Add(WriteFile(index, Math.Max(40, target)));
        }

        return new GeneratedCorpus(files, _requests, _formatMistakes, _loggingMistakes);
    }

    private SourceFile WriteFile(int index, int targetLines)
    {
        string area = Areas[index % Areas.Length];
        string feature = Features[(index / Areas.Length) % Features.Length];
        string kind = Kinds[_random.Next(Kinds.Length)];
        string className = feature + kind + index.ToString(CultureInfo.InvariantCulture);
        string path = $"{area}/{feature}{index:D5}/{className}.cs";

        var writer = new CodeWriter();
        writer.Block(SharedSources.Usings);
        writer.Line("using Contoso.Shared;");
        if (_withVideo)
        {
            writer.Line("using System.ClientModel;");
            writer.Line("using Contoso.Media.Video;");
            writer.Line("using OpenAI.Videos;");
        }

        writer.Line();
        writer.Line($"namespace Contoso.{area}.{feature}{index};");
        writer.Line();
        writer.Line($"/// <summary>Application logic for {feature.ToLowerInvariant()} {kind.ToLowerInvariant()} #{index}.</summary>");
        writer.Open($"public sealed class {className} : ServiceBase");
        writer.Line($"public {className}(ServiceDependencies dependencies)");
        writer.Open("    : base(dependencies)");
        writer.Line("// Dependencies are resolved by the host.");
        writer.Close();
        writer.Line();
        writer.Line($"private const string {feature}Route = \"api/{feature.ToLowerInvariant()}s\";");

        int member = 0;
        while (writer.LineCount < targetLines - 2)
        {
            writer.Line();
            WriteMember(writer, path, feature, member++);
        }

        writer.Close();
        string text = writer.ToString();
        _linesWritten += writer.LineCount;
        return new SourceFile(path, text);
    }

    private void WriteMember(CodeWriter writer, string path, string feature, int member)
    {
        int linesSoFar = _linesWritten + writer.LineCount;
        string suffix = member.ToString(CultureInfo.InvariantCulture);
        if (_withVideo && _requests.Count < (linesSoFar + (LinesPerRequest / 2)) / LinesPerRequest)
        {
            WriteRequest(writer, path, feature, suffix);
            return;
        }

        if (_formatMistakes < 1 + (linesSoFar / LinesPerPeerMistake))
        {
            _formatMistakes++;
            writer.Block($$"""
                public string Describe{{Pick(Nouns)}}Progress{{suffix}}(int processed, int total)
                {
                    return string.Format(CultureInfo.InvariantCulture, "{0} of {1} {2} processed", processed, total);
                }
                """);
            return;
        }

        if (_loggingMistakes < 1 + (linesSoFar / LinesPerPeerMistake))
        {
            _loggingMistakes++;
            writer.Block($$"""
                public void Report{{Pick(Nouns)}}Failure{{suffix}}(int attempt, string operation)
                {
                    Logger.LogWarning("Attempt {Attempt} of {MaxAttempts} failed for {Operation}", attempt, operation);
                }
                """);
            return;
        }

        WriteFiller(writer, feature, suffix);
    }

    private void WriteFiller(CodeWriter writer, string feature, string suffix)
    {
        string noun = Pick(Nouns);
        int template = _random.Next(_withVideo ? 20 : 19);
        switch (template)
        {
            case 0:
            case 1:
                writer.Block($$"""
                    public async Task<IReadOnlyDictionary<string, decimal>> Get{{noun}}TotalsByRegion{{suffix}}Async(DateTime since, CancellationToken cancellationToken)
                    {
                        var orders = await Orders.ListAsync(cancellationToken).ConfigureAwait(false);
                        var customers = await Customers.ListAsync(cancellationToken).ConfigureAwait(false);
                        var totals = orders
                            .Where(o => o.PlacedAt >= since && o.Status != "{{Pick(Statuses)}}")
                            .Join(customers, o => o.CustomerId, c => c.Id, (o, c) => new { c.Region, o.Total })
                            .GroupBy(x => x.Region)
                            .OrderByDescending(g => g.Sum(x => x.Total))
                            .ToDictionary(g => g.Key, g => g.Sum(x => x.Total));
                        Logger.LogInformation("Computed {Count} regional totals since {Since}", totals.Count, since);
                        return totals;
                    }
                    """);
                break;
            case 2:
            case 3:
                string route = Pick(Routes);
                string dto = route switch { "customers" => "Customer", "products" => "Product", _ => "Order" };
                writer.Block($$"""
                    public async Task<{{dto}}?> Fetch{{noun}}{{suffix}}Async(int id, CancellationToken cancellationToken)
                    {
                        using var response = await Http.GetAsync($"api/{{route}}/{id}", cancellationToken).ConfigureAwait(false);
                        if (!response.IsSuccessStatusCode)
                        {
                            Logger.LogWarning("Fetching {Resource} {Id} failed with {StatusCode}", "{{route}}", id, (int)response.StatusCode);
                            return null;
                        }

                        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                        return await JsonSerializer.DeserializeAsync<{{dto}}>(stream, JsonOptions.Default, cancellationToken).ConfigureAwait(false);
                    }
                    """);
                break;
            case 4:
                writer.Block($$"""
                    public async Task<bool> Notify{{noun}}{{suffix}}Async(Customer customer, string reason, CancellationToken cancellationToken)
                    {
                        ArgumentNullException.ThrowIfNull(customer);
                        var payload = new { customerId = customer.Id, email = customer.Email, reason, channel = "{{Pick(new[] { "email", "sms", "push" })}}", priority = {{_random.Next(1, 5)}} };
                        using var response = await Http.PostAsJsonAsync("api/notifications", payload, cancellationToken).ConfigureAwait(false);
                        return response.IsSuccessStatusCode;
                    }
                    """);
                break;
            case 5:
                writer.Block($$"""
                    public IReadOnlyDictionary<string, string> Build{{noun}}Tags{{suffix}}(Order order)
                    {
                        ArgumentNullException.ThrowIfNull(order);
                        var tags = new Dictionary<string, string>(StringComparer.Ordinal)
                        {
                            ["service"] = "{{feature.ToLowerInvariant()}}",
                            ["region"] = "{{Pick(Regions)}}",
                            ["status"] = order.Status,
                            ["lines"] = order.Lines.Count.ToString(CultureInfo.InvariantCulture),
                        };
                        if (order.Total > {{_random.Next(100, 5000)}}m)
                        {
                            tags["tier"] = "large";
                        }

                        return tags;
                    }
                    """);
                break;
            case 6:
            case 7:
                writer.Block($$"""
                    public Task<string> Summarize{{noun}}{{suffix}}Async(Order order, CancellationToken cancellationToken)
                    {
                        ArgumentNullException.ThrowIfNull(order);
                        string prompt = string.Format(CultureInfo.InvariantCulture, "Summarize order {0} with {1} lines totalling {2:C}.", order.Id, order.Lines.Count, order.Total);
                        return Chat.CompleteAsync(prompt, model: "{{Pick(ChatModels)}}", temperature: 0.{{_random.Next(0, 9)}}, cancellationToken: cancellationToken);
                    }
                    """);
                break;
            case 8:
                writer.Block($$"""
                    private const string {{noun}}ClassifierBody{{suffix}} = "{\"model\":\"{{Pick(ChatModels)}}\",\"temperature\":0,\"messages\":[{\"role\":\"system\",\"content\":\"Classify the ticket.\"}]}";

                    public async Task<string> Classify{{noun}}{{suffix}}Async(CancellationToken cancellationToken)
                    {
                        using var content = new StringContent({{noun}}ClassifierBody{{suffix}}, Encoding.UTF8, "application/json");
                        using var response = await Http.PostAsync("v1/chat/completions", content, cancellationToken).ConfigureAwait(false);
                        response.EnsureSuccessStatusCode();
                        return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                    }
                    """);
                break;
            case 9:
                writer.Block($$"""
                    public static string Describe{{noun}}Status{{suffix}}(Order order) => order?.Status switch
                    {
                        "new" => "Awaiting payment",
                        "paid" when order.Total > {{_random.Next(500, 2000)}}m => "Paid (manual review)",
                        "paid" => "Paid",
                        "shipped" => "On its way",
                        "cancelled" or "refunded" => "Closed",
                        null => "Unknown order",
                        _ => string.Format(CultureInfo.InvariantCulture, "Unknown status '{0}' for order {1}", order.Status, order.Id),
                    };
                    """);
                break;
            case 10:
                writer.Block($$"""
                    public string Render{{noun}}Report{{suffix}}(IReadOnlyList<Order> orders)
                    {
                        ArgumentNullException.ThrowIfNull(orders);
                        var builder = new StringBuilder();
                        builder.AppendLine("Id,Customer,Total,Status");
                        foreach (var order in orders.OrderBy(o => o.PlacedAt))
                        {
                            builder.AppendFormat(CultureInfo.InvariantCulture, "{0},{1},{2:F2},{3}", order.Id, order.CustomerId, order.Total, order.Status).AppendLine();
                        }

                        Logger.LogDebug("Rendered {Rows} rows for {Report}", orders.Count, "{{noun.ToLowerInvariant()}}");
                        return builder.ToString();
                    }
                    """);
                break;
            case 11:
                writer.Block($$"""
                    public void Validate{{noun}}{{suffix}}(Product product)
                    {
                        ArgumentNullException.ThrowIfNull(product);
                        if (product.Price <= 0m)
                        {
                            Logger.LogError("Product {Sku} has invalid price {Price}", product.Sku, product.Price);
                            throw new InvalidOperationException(string.Format(CultureInfo.InvariantCulture, "Invalid price {0} for {1}", product.Price, product.Sku));
                        }

                        if (string.IsNullOrWhiteSpace(product.Category) || product.Category.Length > {{_random.Next(16, 64)}})
                        {
                            throw new ArgumentException($"Invalid category for {product.Sku}", nameof(product));
                        }
                    }
                    """);
                break;
            case 12:
                writer.Block($$"""
                    private static readonly Action<ILogger, int, string, Exception?> s_{{noun.ToLowerInvariant()}}Processed{{suffix}} =
                        LoggerMessage.Define<int, string>(LogLevel.Information, new EventId({{_random.Next(2000, 9000)}}, "{{noun}}Processed{{suffix}}"), "Processed {Count} items for {Customer}");

                    public void Record{{noun}}{{suffix}}(int count, Customer customer)
                    {
                        ArgumentNullException.ThrowIfNull(customer);
                        s_{{noun.ToLowerInvariant()}}Processed{{suffix}}(Logger, count, customer.Name, null);
                        LogEvents.CacheRefreshed(Logger, "{{noun.ToLowerInvariant()}}", count, null);
                    }
                    """);
                break;
            case 13:
                writer.Block($$"""
                    public async Task<Uri> Illustrate{{noun}}{{suffix}}Async(Product product, CancellationToken cancellationToken)
                    {
                        ArgumentNullException.ThrowIfNull(product);
                        var options = new { model = "dall-e-3", size = "1792x1024", quality = "hd", style = "natural" };
                        Logger.LogDebug("Image options {Options}", options);
                        return await Images.GenerateImageAsync("Product shot of " + product.Name, model: "gpt-image-1", size: "1024x1024", cancellationToken: cancellationToken).ConfigureAwait(false);
                    }
                    """);
                break;
            case 14:
                writer.Block($$"""
                    public async Task<bool> Refresh{{noun}}WithRetry{{suffix}}Async(CancellationToken cancellationToken)
                    {
                        int seconds = {{_random.Next(1, 5)}};
                        var cache = new { name = "{{noun.ToLowerInvariant()}}-cache", seconds = 30, sizeLimit = 1024 };
                        for (int attempt = 1; attempt <= 3; attempt++)
                        {
                            using var response = await Http.PostAsync(new Uri("api/cache/refresh", UriKind.Relative), null, cancellationToken).ConfigureAwait(false);
                            if (response.IsSuccessStatusCode)
                            {
                                LogEvents.CacheRefreshed(Logger, cache.name, cache.sizeLimit, null);
                                return true;
                            }

                            LogEvents.RequestThrottled(Logger, seconds * 1000, null);
                            await Task.Delay(TimeSpan.FromSeconds(seconds), cancellationToken).ConfigureAwait(false);
                            seconds *= 2;
                        }

                        return false;
                    }
                    """);
                break;
            case 15:
            case 16:
                writer.Block($$"""
                    public IReadOnlyList<string> Discounted{{noun}}Lines{{suffix}}(IEnumerable<Product> products)
                    {
                        var query = from p in products
                                    where p.Category == "{{Pick(Categories)}}" && p.Price < {{_random.Next(20, 500)}}m
                                    orderby p.Price descending
                                    select new { p.Sku, p.Name, Discounted = p.Price * 0.9m };
                        return query.Take({{_random.Next(5, 50)}}).Select(x => $"{x.Sku}: {x.Name} ({x.Discounted:F2})").ToList();
                    }
                    """);
                break;
            case 17:
                writer.Block($$""""
                    private const string {{noun}}Settings{{suffix}} = """{"endpoint":"https://{{feature.ToLowerInvariant()}}.internal.example.com","cache":{"seconds":{{_random.Next(10, 300)}},"size":"large"},"retries":3}""";

                    public async Task<float[]> Embed{{noun}}{{suffix}}Async(Customer customer, CancellationToken cancellationToken)
                    {
                        ArgumentNullException.ThrowIfNull(customer);
                        using var document = JsonDocument.Parse({{noun}}Settings{{suffix}});
                        int ttl = document.RootElement.GetProperty("cache").GetProperty("seconds").GetInt32();
                        Logger.LogTrace("Embedding {Customer} with cache ttl {Ttl}", customer.Id, ttl);
                        return await Chat.EmbedAsync(customer.Name + " " + customer.Region, model: "text-embedding-3-large", cancellationToken: cancellationToken).ConfigureAwait(false);
                    }
                    """");
                break;
            case 18:
                writer.Block($$"""
                    public static bool IsEligible{{noun}}{{suffix}}(Order order, Customer customer) =>
                        order is { Status: "paid" or "shipped", Lines.Count: > 0 }
                        && customer is { Region: "{{Pick(Regions)}}" or "{{Pick(Regions)}}" }
                        && order.PlacedAt > customer.CreatedAt.AddDays({{_random.Next(1, 90)}});
                    """);
                break;
            default:
                writer.Block($$"""
                    public async Task<int> Count{{noun}}Videos{{suffix}}Async(string videoId, CancellationToken cancellationToken)
                    {
                        var ids = await Videos.ListVideoIdsAsync(page: 1, pageSize: {{_random.Next(10, 100)}}, cancellationToken).ConfigureAwait(false);
                        byte[] thumbnail = await Videos.GetVideoThumbnailAsync(videoId, cancellationToken).ConfigureAwait(false);
                        Logger.LogDebug("Video {VideoId} thumbnail has {Bytes} bytes", videoId, thumbnail.Length);
                        return ids.Count(id => id.StartsWith("vid_", StringComparison.Ordinal));
                    }
                    """);
                break;
        }
    }

    private void WriteRequest(CodeWriter writer, string path, string feature, string suffix)
    {
        int index = _requests.Count;
        RequestShape shape = RequestShapes.All[index % RequestShapes.All.Count];
        int round = index / RequestShapes.All.Count;

        // Even rounds are rejected requests (the rule cycles with the shape, so every shape meets every rule),
        // odd rounds are requests the API accepts.
        string? expected = null;
        (string Model, string Seconds, string Size) values;
        if (round % 2 == 0)
        {
            switch (((round / 2) + (int)shape) % 3)
            {
                case 0: expected = "SORA001"; values = Pick(WrongSeconds); break;
                case 1: expected = "SORA002"; values = Pick(UnknownModel); break;
                default: expected = "SORA003"; values = Pick(WrongSize); break;
            }
        }
        else
        {
            values = Pick(Valid);
        }

        (string m, string s, string z) = values;
        string prompt = Pick(Prompts);
        writer.Open($"public async Task<string> Render{feature}Clip{suffix}Async(string prompt, CancellationToken cancellationToken)");
        int start = writer.LineCount - 1;
        WriteRequestBody(writer, shape, m, s, z, prompt);
        writer.Close();
        _requests.Add(new PlantedRequest(path, start, writer.LineCount - 1, shape, expected));
    }

    private static void WriteRequestBody(CodeWriter writer, RequestShape shape, string m, string s, string z, string prompt)
    {
        const string ReadBody = "return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);";
        switch (shape)
        {
            case RequestShape.CallNamedArguments:
                writer.Block($$"""
                    var videoId = await Videos.CreateVideoAsync(prompt, model: "{{m}}", seconds: "{{s}}", size: "{{z}}", cancellationToken: cancellationToken).ConfigureAwait(false);
                    Logger.LogInformation("Queued video {VideoId}", videoId);
                    return videoId;
                    """);
                break;
            case RequestShape.CallReorderedNamedArguments:
                writer.Block($$"""
                    return await Videos.CreateVideoAsync(
                        size: "{{z}}",
                        seconds: "{{s}}",
                        prompt: prompt,
                        model: "{{m}}",
                        cancellationToken: cancellationToken).ConfigureAwait(false);
                    """);
                break;
            case RequestShape.CallPositionalInt:
                writer.Block($$"""
                    await Task.Yield();
                    var jobId = Videos.SubmitVideoJob("{{m}}", {{s}}, "{{z}}");
                    Logger.LogDebug("Submitted video job {JobId} for {Prompt}", jobId, prompt);
                    return jobId;
                    """);
                break;
            case RequestShape.CallOmittedDefaults:
                // GenerateVideoAsync(prompt, model = "sora-2", seconds = "4", size = "1280x720"): only what differs is written.
                string arguments = (m != "sora-2" ? $", model: \"{m}\"" : string.Empty)
                    + (s != "4" ? $", seconds: \"{s}\"" : string.Empty)
                    + (z != "1280x720" ? $", size: \"{z}\"" : string.Empty);
                writer.Block($$"""
                    return await Videos.GenerateVideoAsync(prompt{{arguments}}, cancellationToken: cancellationToken).ConfigureAwait(false);
                    """);
                break;
            case RequestShape.CallConstantsAndLocals:
                string model = m switch { "sora-2" => "VideoDefaults.Model", "sora-2-pro" => "VideoDefaults.ProModel", _ => $"\"{m}\"" };
                string size = z switch { "1280x720" => "VideoDefaults.Landscape", "720x1280" => "VideoDefaults.Portrait", _ => $"\"{z}\"" };
                writer.Block($$"""
                    const string clipSeconds = "{{s}}";
                    string clipSize = {{size}};
                    return await Videos.CreateVideoAsync(prompt, {{model}}, clipSeconds, clipSize, cancellationToken).ConfigureAwait(false);
                    """);
                break;
            case RequestShape.ObjectCreation:
                writer.Block($$"""
                    var job = new VideoJob("{{m}}", "{{s}}", "{{z}}");
                    using var response = await Http.PostAsJsonAsync("v1/videos", new { job.Model, job.Seconds, job.Size, prompt }, cancellationToken).ConfigureAwait(false);
                    response.EnsureSuccessStatusCode();
                    {{ReadBody}}
                    """);
                break;
            case RequestShape.AnonymousObject:
                writer.Block($$"""
                    var payload = new { model = "{{m}}", prompt, seconds = {{s}}, size = "{{z}}" };
                    using var response = await Http.PostAsJsonAsync("v1/videos", payload, cancellationToken).ConfigureAwait(false);
                    response.EnsureSuccessStatusCode();
                    {{ReadBody}}
                    """);
                break;
            case RequestShape.ObjectInitializer:
                writer.Block($$"""
                    var request = new SoraVideoRequest
                    {
                        Model = "{{m}}",
                        Prompt = prompt,
                        Seconds = "{{s}}",
                        Size = "{{z}}",
                    };
                    using var response = await Http.PostAsJsonAsync("v1/videos", request, JsonOptions.Default, cancellationToken).ConfigureAwait(false);
                    {{ReadBody}}
                    """);
                break;
            case RequestShape.ObjectInitializerJsonPropertyName:
                writer.Block($$"""
                    var body = new VideoGenerationBody { Engine = "{{m}}", Text = prompt, Duration = {{s}}, Resolution = "{{z}}" };
                    using var response = await Http.PostAsJsonAsync("v1/videos", body, cancellationToken).ConfigureAwait(false);
                    {{ReadBody}}
                    """);
                break;
            case RequestShape.ObjectInitializerNewtonsoftJsonProperty:
                writer.Block($$"""
                    var body = new LegacyVideoBody
                    {
                        ModelId = "{{m}}",
                        Description = prompt,
                        Length = "{{s}}",
                        Dimensions = "{{z}}",
                    };
                    using var content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
                    using var response = await Http.PostAsync("v1/videos", content, cancellationToken).ConfigureAwait(false);
                    {{ReadBody}}
                    """);
                break;
            case RequestShape.DictionaryIndexInitializer:
                writer.Block($$"""
                    var fields = new Dictionary<string, object>
                    {
                        ["model"] = "{{m}}",
                        ["prompt"] = prompt,
                        ["seconds"] = {{s}},
                        ["size"] = "{{z}}",
                    };
                    using var response = await Http.PostAsJsonAsync("v1/videos", fields, cancellationToken).ConfigureAwait(false);
                    {{ReadBody}}
                    """);
                break;
            case RequestShape.DictionaryCollectionInitializer:
                writer.Block($$"""
                    var fields = new Dictionary<string, string>
                    {
                        { "model", "{{m}}" },
                        { "prompt", prompt },
                        { "seconds", "{{s}}" },
                        { "size", "{{z}}" },
                    };
                    using var response = await Http.PostAsJsonAsync("v1/videos", fields, cancellationToken).ConfigureAwait(false);
                    {{ReadBody}}
                    """);
                break;
            case RequestShape.JsonRegularString:
                writer.Block($$"""
                    const string json = "{\"model\":\"{{m}}\",\"prompt\":\"{{prompt}}\",\"seconds\":\"{{s}}\",\"size\":\"{{z}}\"}";
                    using var content = new StringContent(json, Encoding.UTF8, "application/json");
                    using var response = await Http.PostAsync("v1/videos", content, cancellationToken).ConfigureAwait(false);
                    Logger.LogDebug("Posted {Length} characters for {Prompt}", json.Length, prompt);
                    {{ReadBody}}
                    """);
                break;
            case RequestShape.JsonVerbatimString:
                writer.Block($$"""
                    var json = @"{ ""model"": ""{{m}}"", ""prompt"": ""{{prompt}}"", ""seconds"": {{s}}, ""size"": ""{{z}}"" }";
                    using var content = new StringContent(json, Encoding.UTF8, "application/json");
                    using var response = await Http.PostAsync("v1/videos", content, cancellationToken).ConfigureAwait(false);
                    Logger.LogDebug("Posted {Length} characters for {Prompt}", json.Length, prompt);
                    {{ReadBody}}
                    """);
                break;
            case RequestShape.JsonRawString:
                writer.Block($$""""
                    var json = """{"model": "{{m}}", "prompt": "{{prompt}}", "seconds": "{{s}}", "size": "{{z}}"}""";
                    using var content = new StringContent(json, Encoding.UTF8, "application/json");
                    using var response = await Http.PostAsync("v1/videos", content, cancellationToken).ConfigureAwait(false);
                    Logger.LogDebug("Posted {Length} characters for {Prompt}", json.Length, prompt);
                    {{ReadBody}}
                    """");
                break;
            case RequestShape.JsonRawMultiLineString:
                writer.Block($$""""
                    var json = """
                        {
                          "model": "{{m}}",
                          "prompt": "{{prompt}}",
                          "seconds": {{s}},
                          "size": "{{z}}"
                        }
                        """;
                    using var content = new StringContent(json, Encoding.UTF8, "application/json");
                    using var response = await Http.PostAsync("v1/videos", content, cancellationToken).ConfigureAwait(false);
                    Logger.LogDebug("Posted {Length} characters for {Prompt}", json.Length, prompt);
                    {{ReadBody}}
                    """");
                break;
            case RequestShape.MultipartForm:
                writer.Block($$"""
                    using var form = new MultipartFormDataContent();
                    form.Add(new StringContent("{{m}}"), "model");
                    form.Add(new StringContent(prompt), "prompt");
                    form.Add(new StringContent("{{s}}"), "seconds");
                    form.Add(new StringContent("{{z}}"), "size");
                    using var response = await Http.PostAsync("v1/videos", form, cancellationToken).ConfigureAwait(false);
                    {{ReadBody}}
                    """);
                break;
            case RequestShape.OpenAiSdkFromObjectAsJson:
                writer.Block($$"""
                    var client = new VideoClient(ApiKey);
                    using BinaryContent content = BinaryContent.Create(BinaryData.FromObjectAsJson(new { model = "{{m}}", prompt, seconds = "{{s}}", size = "{{z}}" }));
                    ClientResult result = await client.CreateVideoAsync(content, "application/json").ConfigureAwait(false);
                    return result.GetRawResponse().Content.ToString();
                    """);
                break;
            default:
                writer.Block($$""""
                    const string json = """{"model":"{{m}}","prompt":"{{prompt}}","seconds":"{{s}}","size":"{{z}}"}""";
                    BinaryData data = BinaryData.FromString(json);
                    var client = new VideoClient(ApiKey);
                    ClientResult result = await client.CreateVideoAsync(BinaryContent.Create(data), "application/json").ConfigureAwait(false);
                    Logger.LogDebug("Video request for {Prompt} answered {Status}", prompt, result.GetRawResponse().Status);
                    return result.GetRawResponse().ReasonPhrase;
                    """");
                break;
        }
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
