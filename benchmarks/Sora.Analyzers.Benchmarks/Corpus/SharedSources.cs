using System.Collections.Generic;

namespace Sora.Analyzers.Benchmarks.Corpus;

/// <summary>
/// The corpus's own support code: a domain model, a service base class, chat/image clients (requests with a
/// <c>model</c> that are not video requests), the application's video client (video calls) and DTOs
/// (object-initializer payloads), and a stub of Newtonsoft's <c>[JsonProperty]</c> (the package is not referenced).
/// </summary>
internal static class SharedSources
{
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Globalization;
        using System.Linq;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Text;
        using System.Text.Json;
        using System.Text.Json.Serialization;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;
        """;

    public static IEnumerable<SourceFile> Create(bool withVideo)
    {
        yield return new SourceFile("Shared/Domain.cs", Domain);
        // A corpus without video code (--plain) has no video client: its members are left out of the base class.
        yield return new SourceFile("Shared/ServiceBase.cs", withVideo ? ServiceBase : WithoutVideoLines(ServiceBase));
        if (withVideo)
        {
            yield return new SourceFile("Shared/VideoApi.cs", VideoApi);
            yield return new SourceFile("Shared/NewtonsoftStub.cs", NewtonsoftStub);
        }
    }

    /// <summary>The dense corpus's video wrapper, whose callers leave <c>model</c> to its default: <c>"sora-2"</c>.</summary>
    public static SourceFile VideoStudio { get; } = new SourceFile("Shared/VideoStudio.cs", VideoStudioSource);

    private const string Domain = Usings + """


        namespace Contoso.Shared;

        public sealed record Customer(int Id, string Name, string Email, string Region, DateTime CreatedAt);

        public sealed record Product(int Id, string Sku, string Name, decimal Price, string Category);

        public sealed record OrderLine(int ProductId, int Quantity, decimal UnitPrice);

        public sealed record Order(int Id, int CustomerId, DateTime PlacedAt, string Status, IReadOnlyList<OrderLine> Lines)
        {
            public decimal Total => Lines.Sum(line => line.Quantity * line.UnitPrice);
        }

        public interface IRepository<T>
            where T : class
        {
            Task<IReadOnlyList<T>> ListAsync(CancellationToken cancellationToken);

            Task<T?> FindAsync(int id, CancellationToken cancellationToken);
        }

        public static class JsonOptions
        {
            public static readonly JsonSerializerOptions Default = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        }

        /// <summary>A chat API wrapper: has a <c>model</c> parameter, and no request of the analyzers.</summary>
        public sealed class ChatApiClient
        {
            private readonly HttpClient _http;

            public ChatApiClient(HttpClient http)
            {
                _http = http;
            }

            public async Task<string> CompleteAsync(string prompt, string model = "gpt-4o-mini", double temperature = 0.2, CancellationToken cancellationToken = default)
            {
                var body = new { model, temperature, messages = new[] { new { role = "user", content = prompt } } };
                using var response = await _http.PostAsJsonAsync("v1/chat/completions", body, cancellationToken).ConfigureAwait(false);
                response.EnsureSuccessStatusCode();
                return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            }

            public Task<float[]> EmbedAsync(string text, string model = "text-embedding-3-small", CancellationToken cancellationToken = default)
                => Task.FromResult(new float[] { text.Length, model.Length });
        }

        /// <summary>An image API wrapper: <c>model</c> and <c>size</c> parameters, and no request of the analyzers.</summary>
        public sealed class ImageApiClient
        {
            public Task<Uri> GenerateImageAsync(string prompt, string model = "gpt-image-1", string size = "1024x1024", CancellationToken cancellationToken = default)
                => Task.FromResult(new Uri("https://images.example.com/" + Uri.EscapeDataString(prompt + "/" + model + "/" + size)));
        }

        public sealed class LogEvents
        {
            public static readonly Action<ILogger, string, int, Exception?> CacheRefreshed =
                LoggerMessage.Define<string, int>(LogLevel.Information, new EventId(1000, "CacheRefreshed"), "Cache {CacheName} refreshed with {EntryCount} entries");

            public static readonly Action<ILogger, int, Exception?> RequestThrottled =
                LoggerMessage.Define<int>(LogLevel.Warning, new EventId(1001, "RequestThrottled"), "Request throttled, retrying in {DelayMilliseconds} ms");
        }
        """;

    private const string ServiceBase = Usings + """


        namespace Contoso.Shared;

        public sealed class ServiceDependencies
        {
            public ServiceDependencies(HttpClient http, ILoggerFactory loggerFactory, IRepository<Order> orders, IRepository<Customer> customers, IRepository<Product> products, ChatApiClient chat, ImageApiClient images)
            {
                Http = http;
                LoggerFactory = loggerFactory;
                Orders = orders;
                Customers = customers;
                Products = products;
                Chat = chat;
                Images = images;
            }

            public HttpClient Http { get; }

            public ILoggerFactory LoggerFactory { get; }

            public IRepository<Order> Orders { get; }

            public IRepository<Customer> Customers { get; }

            public IRepository<Product> Products { get; }

            public ChatApiClient Chat { get; }

            public ImageApiClient Images { get; }

            public Contoso.Media.Video.VideoApiClient? Videos { get; init; }

            public string ApiKey { get; init; } = string.Empty;
        }

        public abstract class ServiceBase
        {
            protected ServiceBase(ServiceDependencies dependencies)
            {
                ArgumentNullException.ThrowIfNull(dependencies);
                Http = dependencies.Http;
                Logger = dependencies.LoggerFactory.CreateLogger(GetType());
                Orders = dependencies.Orders;
                Customers = dependencies.Customers;
                Products = dependencies.Products;
                Chat = dependencies.Chat;
                Images = dependencies.Images;
                Videos = dependencies.Videos ?? new Contoso.Media.Video.VideoApiClient(dependencies.Http);
                ApiKey = dependencies.ApiKey;
            }

            protected HttpClient Http { get; }

            protected ILogger Logger { get; }

            protected IRepository<Order> Orders { get; }

            protected IRepository<Customer> Customers { get; }

            protected IRepository<Product> Products { get; }

            protected ChatApiClient Chat { get; }

            protected ImageApiClient Images { get; }

            protected Contoso.Media.Video.VideoApiClient Videos { get; }

            protected string ApiKey { get; }
        }
        """;

    private static string WithoutVideoLines(string text)
        => string.Join('\n', System.Linq.Enumerable.Where(text.Split('\n'), line => !line.Contains("Video", System.StringComparison.Ordinal)));

    private const string VideoApi = Usings + """


        namespace Contoso.Media.Video;

        public static class VideoDefaults
        {
            public const string Model = "sora-2";
            public const string ProModel = "sora-2-pro";
            public const string Landscape = "1280x720";
            public const string Portrait = "720x1280";
        }

        /// <summary>The application's client for POST /v1/videos: the video calls.</summary>
        public sealed class VideoApiClient
        {
            private readonly HttpClient _http;

            public VideoApiClient(HttpClient http)
            {
                _http = http;
            }

            public async Task<string> CreateVideoAsync(string prompt, string model = "sora-2", string seconds = "4", string size = "720x1280", CancellationToken cancellationToken = default)
            {
                var body = new Dictionary<string, string> { ["prompt"] = prompt, ["model"] = model, ["seconds"] = seconds, ["size"] = size };
                using var response = await _http.PostAsJsonAsync("v1/videos", body, cancellationToken).ConfigureAwait(false);
                response.EnsureSuccessStatusCode();
                return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            }

            public Task<string> GenerateVideoAsync(string prompt, string model = "sora-2", string seconds = "4", string size = "1280x720", CancellationToken cancellationToken = default)
                => CreateVideoAsync(prompt, model, seconds, size, cancellationToken);

            public string SubmitVideoJob(string model, int seconds, string size)
                => string.Join("|", model, seconds.ToString(CultureInfo.InvariantCulture), size);

            public Task<byte[]> GetVideoThumbnailAsync(string videoId, CancellationToken cancellationToken = default)
                => Task.FromResult(Encoding.UTF8.GetBytes(videoId));

            public Task<IReadOnlyList<string>> ListVideoIdsAsync(int page, int pageSize, CancellationToken cancellationToken = default)
                => Task.FromResult<IReadOnlyList<string>>(new List<string> { "vid_" + page.ToString(CultureInfo.InvariantCulture), "vid_" + pageSize.ToString(CultureInfo.InvariantCulture) });

            public Task DeleteVideoAsync(string videoId, CancellationToken cancellationToken = default)
                => string.IsNullOrEmpty(videoId) ? Task.CompletedTask : Task.Delay(1, cancellationToken);
        }

        /// <summary>A job built with a constructor whose type name contains "Video": a video call that is an object creation.</summary>
        public sealed record VideoJob(string Model, string Seconds, string Size);

        /// <summary>A DTO whose member names are the API's: an object-initializer payload.</summary>
        public sealed class SoraVideoRequest
        {
            public string Model { get; set; } = string.Empty;

            public string Prompt { get; set; } = string.Empty;

            public string Seconds { get; set; } = string.Empty;

            public string Size { get; set; } = string.Empty;
        }

        /// <summary>
        /// A DTO whose defaults are a request sora-2-pro accepts: an initializer that switches the model to sora-2 and
        /// leaves out the seconds or the size is one sora-2 rejects.
        /// </summary>
        public sealed class ProClipRequest
        {
            public string Model { get; set; } = "sora-2-pro";

            public string Prompt { get; set; } = string.Empty;

            public string Seconds { get; set; } = "10";

            public string Size { get; set; } = "1792x1024";
        }

        /// <summary>Video settings from configuration: each may be missing, and the code falls back to a constant.</summary>
        public sealed class VideoOptions
        {
            public string? Model { get; set; }

            public string? Seconds { get; set; }

            public string? Size { get; set; }
        }

        /// <summary>A DTO renamed through System.Text.Json attributes.</summary>
        public sealed class VideoGenerationBody
        {
            [JsonPropertyName("model")]
            public string Engine { get; init; } = string.Empty;

            [JsonPropertyName("prompt")]
            public string Text { get; init; } = string.Empty;

            [JsonPropertyName("seconds")]
            public int Duration { get; init; }

            [JsonPropertyName("size")]
            public string Resolution { get; init; } = string.Empty;
        }

        /// <summary>A DTO renamed through Newtonsoft.Json attributes.</summary>
        public sealed class LegacyVideoBody
        {
            [Newtonsoft.Json.JsonProperty("model")]
            public string? ModelId { get; set; }

            [Newtonsoft.Json.JsonProperty("prompt")]
            public string? Description { get; set; }

            [Newtonsoft.Json.JsonProperty("seconds")]
            public string? Length { get; set; }

            [Newtonsoft.Json.JsonProperty("size")]
            public string? Dimensions { get; set; }
        }
        """;

    private const string VideoStudioSource = Usings + """


        namespace Contoso.Media.Video;

        /// <summary>The application's own wrapper over POST /v1/videos: most callers only say what and how long.</summary>
        public sealed class VideoStudio
        {
            private readonly HttpClient _http;

            public VideoStudio(HttpClient http)
            {
                _http = http;
            }

            public async Task<string> CreateVideoAsync(string prompt, int seconds, string model = "sora-2")
            {
                var body = new Dictionary<string, string> { ["model"] = model, ["prompt"] = prompt, ["seconds"] = seconds.ToString(CultureInfo.InvariantCulture) };
                using var response = await _http.PostAsJsonAsync("v1/videos", body).ConfigureAwait(false);
                response.EnsureSuccessStatusCode();
                return await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            }
        }
        """;

    private const string NewtonsoftStub = """
        using System;

        namespace Newtonsoft.Json;

        /// <summary>Stand-in for Newtonsoft.Json's attribute (same name and namespace), so the corpus needs no package.</summary>
        [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
        public sealed class JsonPropertyAttribute : Attribute
        {
            public JsonPropertyAttribute()
            {
            }

            public JsonPropertyAttribute(string propertyName)
            {
                PropertyName = propertyName;
            }

            public string? PropertyName { get; set; }
        }
        """;
}
