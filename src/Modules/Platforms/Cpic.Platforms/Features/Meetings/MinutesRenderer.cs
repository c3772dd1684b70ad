using Cpic.Platforms.Domain;
using Ganss.Xss;
using Markdig;

namespace Cpic.Platforms.Features.Meetings;

/// <summary>
/// Minutes are written in Markdown and shown as HTML: rendered with Markdig (raw HTML in the Markdown is not passed
/// through), then sanitised with HtmlSanitizer so that no script, handler or dangerous link survives.
/// </summary>
internal static class MinutesRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();

    public static Minutes? Render(string? internalMarkdown, string? publicMarkdown) =>
        internalMarkdown is null && publicMarkdown is null ? null
            : new Minutes(internalMarkdown, Html(internalMarkdown), publicMarkdown, Html(publicMarkdown));

    private static string? Html(string? markdown) =>
        markdown is null ? null : new HtmlSanitizer().Sanitize(Markdown.ToHtml(markdown, Pipeline));
}
