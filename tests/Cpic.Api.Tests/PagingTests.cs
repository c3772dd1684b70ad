using Cpic.BuildingBlocks.Http;
using Microsoft.AspNetCore.Http;

namespace Cpic.Api.Tests;

public sealed class PagingTests
{
    private sealed record Key(string Name, Guid Id);

    [Theory]
    [InlineData(0)]
    [InlineData(201)]
    public void A_limit_outside_1_to_200_is_a_validation_error(int limit) =>
        FluentActions.Invoking(() => PageRequest.From(limit, null)).Should().Throw<UnprocessableException>();

    [Fact]
    public void A_full_page_links_to_the_next_one_with_the_last_key_and_the_same_filters()
    {
        var request = new DefaultHttpContext().Request;
        request.Path = "/api/v1/things";
        request.QueryString = new QueryString("?name=nov&limit=2");
        var rows = new[] { new Key("a", Guid.NewGuid()), new Key("b", Guid.NewGuid()), new Key("c", Guid.NewGuid()) };

        var page = PageRequest.From(2, null).ToPage(rows, r => r, r => r.Name, request);

        page.Items.Should().Equal("a", "b");
        page.Next.Should().StartWith("/api/v1/things?name=nov&limit=2&cursor=");
        PageRequest.From(2, page.NextCursor).After<Key>().Should().Be(rows[1]);
    }

    [Fact]
    public void The_last_page_has_no_next_link()
    {
        var page = PageRequest.From(5, null).ToPage(new[] { 1, 2 }, r => r, r => r, new DefaultHttpContext().Request);
        page.Next.Should().BeNull();
        page.NextCursor.Should().BeNull();
    }

    [Theory]
    [InlineData("not-base64!")]
    [InlineData("eyJmb28iOg")]
    public void A_tampered_cursor_is_a_malformed_request(string cursor) =>
        FluentActions.Invoking(() => PageRequest.From(10, cursor).After<Key>()).Should().Throw<MalformedRequestException>();
}
