namespace Sora.Analyzers.Tests.Verifiers;

/// <summary>A small video client declared in test sources, the way an application wraps the API.</summary>
internal static class VideoApi
{
    /// <summary>
    /// <c>CreateVideo(prompt, model, seconds, size)</c> with string parameters (the API's wire form),
    /// <c>CreateVideoWithNumbers(prompt, model, int seconds, size)</c>, and <c>CreateVideoLong</c> with a long.
    /// </summary>
    public const string Declarations = """

        public static class VideoClient
        {
            public static void CreateVideo(string prompt, string? model = null, string? seconds = null, string? size = null) { }
            public static void CreateVideoWithNumbers(string prompt, string? model = null, int? seconds = null, string? size = null) { }
            public static void CreateVideoLong(string prompt, string model, long seconds) { }
        }
        """;
}
