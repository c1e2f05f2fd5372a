using System;
using System.Collections.Generic;

namespace Sora.Analyzers.Benchmarks.Corpus;

/// <summary>
/// The members of ordinary application code the corpora are made of, by template number: LINQ method chains and query
/// syntax, HttpClient GET/POST with System.Text.Json, anonymous objects posted as JSON, header/tag dictionaries, JSON
/// configuration in raw strings, chat, embedding and image calls with a <c>model</c> parameter, objects with a
/// <c>seconds</c> member that are not requests, <c>string.Format</c> / <c>StringBuilder.AppendFormat</c>, <c>ILogger</c>
/// calls and <c>LoggerMessage.Define</c> fields. A template with two numbers is drawn twice as often.
/// </summary>
internal static class FillerMembers
{
    /// <summary>How many template numbers there are; the last one, a method named <c>*Video*</c> that takes no request
    /// parameter, belongs only in a corpus that has video code.</summary>
    public const int TemplateCount = 20;

    // Named: the templates a generator asks for by kind (the others are only drawn at random).
    public const int RegionalTotals = 0;
    public const int ChatJsonBody = 8;
    public const int StatusDescription = 9;
    public const int CsvReport = 10;
    public const int PriceValidation = 11;
    public const int ImageOptions = 13;
    public const int CacheOptions = 14;
    public const int DiscountQuery = 15;
    public const int SettingsJson = 17;

    /// <summary>The templates whose member is a non-video payload: an object or JSON text with a <c>model</c>,
    /// <c>seconds</c> or <c>size</c> key that is not a video request (a chat body, image options, a cache, settings).</summary>
    public static IReadOnlyList<int> NonVideoPayloads { get; } = new[] { ChatJsonBody, ImageOptions, CacheOptions, SettingsJson };

    /// <summary>The templates of LINQ and format-string code (the work CA2241 inspects), with no payload.</summary>
    public static IReadOnlyList<int> LinqAndFormatting { get; } = new[] { RegionalTotals, StatusDescription, CsvReport, PriceValidation, DiscountQuery };

    public static bool IsNonVideoPayload(int template) => System.Linq.Enumerable.Contains(NonVideoPayloads, template);

    public static void Write(CodeWriter writer, Random random, int template, string feature, string noun, string suffix)
    {
        switch (template)
        {
            case RegionalTotals:
            case 1:
                writer.Block($$"""
                    public async Task<IReadOnlyDictionary<string, decimal>> Get{{noun}}TotalsByRegion{{suffix}}Async(DateTime since, CancellationToken cancellationToken)
                    {
                        var orders = await Orders.ListAsync(cancellationToken).ConfigureAwait(false);
                        var customers = await Customers.ListAsync(cancellationToken).ConfigureAwait(false);
                        var totals = orders
                            .Where(o => o.PlacedAt >= since && o.Status != "{{random.Pick(Vocabulary.Statuses)}}")
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
                string route = random.Pick(Vocabulary.Routes);
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
                        var payload = new { customerId = customer.Id, email = customer.Email, reason, channel = "{{random.Pick(new[] { "email", "sms", "push" })}}", priority = {{random.Next(1, 5)}} };
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
                            ["region"] = "{{random.Pick(Vocabulary.Regions)}}",
                            ["status"] = order.Status,
                            ["lines"] = order.Lines.Count.ToString(CultureInfo.InvariantCulture),
                        };
                        if (order.Total > {{random.Next(100, 5000)}}m)
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
                        return Chat.CompleteAsync(prompt, model: "{{random.Pick(Vocabulary.ChatModels)}}", temperature: 0.{{random.Next(0, 9)}}, cancellationToken: cancellationToken);
                    }
                    """);
                break;
            case ChatJsonBody:
                writer.Block($$"""
                    private const string {{noun}}ClassifierBody{{suffix}} = "{\"model\":\"{{random.Pick(Vocabulary.ChatModels)}}\",\"temperature\":0,\"messages\":[{\"role\":\"system\",\"content\":\"Classify the ticket.\"}]}";

                    public async Task<string> Classify{{noun}}{{suffix}}Async(CancellationToken cancellationToken)
                    {
                        using var content = new StringContent({{noun}}ClassifierBody{{suffix}}, Encoding.UTF8, "application/json");
                        using var response = await Http.PostAsync("v1/chat/completions", content, cancellationToken).ConfigureAwait(false);
                        response.EnsureSuccessStatusCode();
                        return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                    }
                    """);
                break;
            case StatusDescription:
                writer.Block($$"""
                    public static string Describe{{noun}}Status{{suffix}}(Order order) => order?.Status switch
                    {
                        "new" => "Awaiting payment",
                        "paid" when order.Total > {{random.Next(500, 2000)}}m => "Paid (manual review)",
                        "paid" => "Paid",
                        "shipped" => "On its way",
                        "cancelled" or "refunded" => "Closed",
                        null => "Unknown order",
                        _ => string.Format(CultureInfo.InvariantCulture, "Unknown status '{0}' for order {1}", order.Status, order.Id),
                    };
                    """);
                break;
            case CsvReport:
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
            case PriceValidation:
                writer.Block($$"""
                    public void Validate{{noun}}{{suffix}}(Product product)
                    {
                        ArgumentNullException.ThrowIfNull(product);
                        if (product.Price <= 0m)
                        {
                            Logger.LogError("Product {Sku} has invalid price {Price}", product.Sku, product.Price);
                            throw new InvalidOperationException(string.Format(CultureInfo.InvariantCulture, "Invalid price {0} for {1}", product.Price, product.Sku));
                        }

                        if (string.IsNullOrWhiteSpace(product.Category) || product.Category.Length > {{random.Next(16, 64)}})
                        {
                            throw new ArgumentException($"Invalid category for {product.Sku}", nameof(product));
                        }
                    }
                    """);
                break;
            case 12:
                writer.Block($$"""
                    private static readonly Action<ILogger, int, string, Exception?> s_{{noun.ToLowerInvariant()}}Processed{{suffix}} =
                        LoggerMessage.Define<int, string>(LogLevel.Information, new EventId({{random.Next(2000, 9000)}}, "{{noun}}Processed{{suffix}}"), "Processed {Count} items for {Customer}");

                    public void Record{{noun}}{{suffix}}(int count, Customer customer)
                    {
                        ArgumentNullException.ThrowIfNull(customer);
                        s_{{noun.ToLowerInvariant()}}Processed{{suffix}}(Logger, count, customer.Name, null);
                        LogEvents.CacheRefreshed(Logger, "{{noun.ToLowerInvariant()}}", count, null);
                    }
                    """);
                break;
            case ImageOptions:
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
            case CacheOptions:
                writer.Block($$"""
                    public async Task<bool> Refresh{{noun}}WithRetry{{suffix}}Async(CancellationToken cancellationToken)
                    {
                        int seconds = {{random.Next(1, 5)}};
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
            case DiscountQuery:
            case 16:
                writer.Block($$"""
                    public IReadOnlyList<string> Discounted{{noun}}Lines{{suffix}}(IEnumerable<Product> products)
                    {
                        var query = from p in products
                                    where p.Category == "{{random.Pick(Vocabulary.Categories)}}" && p.Price < {{random.Next(20, 500)}}m
                                    orderby p.Price descending
                                    select new { p.Sku, p.Name, Discounted = p.Price * 0.9m };
                        return query.Take({{random.Next(5, 50)}}).Select(x => $"{x.Sku}: {x.Name} ({x.Discounted:F2})").ToList();
                    }
                    """);
                break;
            case SettingsJson:
                writer.Block($$""""
                    private const string {{noun}}Settings{{suffix}} = """{"endpoint":"https://{{feature.ToLowerInvariant()}}.internal.example.com","cache":{"seconds":{{random.Next(10, 300)}},"size":"large"},"retries":3}""";

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
                        && customer is { Region: "{{random.Pick(Vocabulary.Regions)}}" or "{{random.Pick(Vocabulary.Regions)}}" }
                        && order.PlacedAt > customer.CreatedAt.AddDays({{random.Next(1, 90)}});
                    """);
                break;
            default:
                writer.Block($$"""
                    public async Task<int> Count{{noun}}Videos{{suffix}}Async(string videoId, CancellationToken cancellationToken)
                    {
                        var ids = await Videos.ListVideoIdsAsync(page: 1, pageSize: {{random.Next(10, 100)}}, cancellationToken).ConfigureAwait(false);
                        byte[] thumbnail = await Videos.GetVideoThumbnailAsync(videoId, cancellationToken).ConfigureAwait(false);
                        Logger.LogDebug("Video {VideoId} thumbnail has {Bytes} bytes", videoId, thumbnail.Length);
                        return ids.Count(id => id.StartsWith("vid_", StringComparison.Ordinal));
                    }
                    """);
                break;
        }
    }
}
