namespace Sora.Analyzers.Rules
{
    /// <summary>What is wrong in a rule table's JSON text, and where (offset and length in that text).</summary>
    internal readonly struct RuleFileProblem
    {
        public RuleFileProblem(string message, int start, int length)
        {
            Message = message;
            Start = start;
            Length = length;
        }

        public string Message { get; }

        public int Start { get; }

        public int Length { get; }
    }
}
