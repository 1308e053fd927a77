using System.Text;
using Nerava.Ocpp.Security;

namespace Nerava.Ocpp.Tests;

public sealed class SecurityTests
{
    [Fact]
    public void Basic_credentials_strip_the_identity_prefix_so_a_password_may_contain_colons()
    {
        var header = BasicCredentials.Header("MERCH-0042", "Zx8q:2LmT4vR9sK1wPa7");

        Assert.Equal("Zx8q:2LmT4vR9sK1wPa7", Encoding.UTF8.GetString(BasicCredentials.PasswordFor(header, "MERCH-0042")!));
        Assert.Null(BasicCredentials.PasswordFor(header, "MERCH-0043"));
        Assert.Null(BasicCredentials.PasswordFor("Bearer abc", "MERCH-0042"));
        Assert.Null(BasicCredentials.PasswordFor("Basic %%%", "MERCH-0042"));
        Assert.Null(BasicCredentials.PasswordFor(null, "MERCH-0042"));
    }

    [Fact]
    public void The_example_from_ocpp_md_decodes()
    {
        var password = BasicCredentials.PasswordFor("Basic TUVSQ0gtMDA0MjpaeDhxMkxtVDR2UjlzSzF3UGE3Yw==", "MERCH-0042");
        Assert.Equal("Zx8q2LmT4vR9sK1wPa7c", Encoding.ASCII.GetString(password!));
    }

    [Fact]
    public void Keys_are_20_characters_hashed_with_a_salt_and_verified()
    {
        var key = AuthorizationKeys.NewKey();
        var hash = AuthorizationKeys.Hash(key);

        Assert.Equal(20, key.Length);
        Assert.DoesNotContain(key, hash, StringComparison.Ordinal);
        Assert.NotEqual(hash, AuthorizationKeys.Hash(key));
        Assert.True(AuthorizationKeys.Verify(Encoding.UTF8.GetBytes(key), hash));
        Assert.False(AuthorizationKeys.Verify(Encoding.UTF8.GetBytes(key + "x"), hash));
        Assert.False(AuthorizationKeys.Verify(Encoding.UTF8.GetBytes(key), "plain"));
    }
}
