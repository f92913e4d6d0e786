package io.newsflow.crawl;

import static io.newsflow.crawl.FixtureServer.html;
import static io.newsflow.crawl.FixtureServer.redirect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.crawl.FetchOutcome.RefusedAddress;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {

  static final CrawlSettings SETTINGS =
      CrawlSettings.defaults("newsflow-test/1.0").toBuilder().allowPrivateAddresses(false).build();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "10.0.0.1",
        "172.16.0.1",
        "172.31.255.254",
        "192.168.1.1",
        "169.254.169.254",
        "127.0.0.1",
        "::1",
        "fe80::1",
        "fd00::1",
        "fc00::1",
        "fec0::1",
        "100.64.0.1",
        "100.127.255.254",
        "0.0.0.0",
        "::",
        "224.0.0.1",
        "ff02::1",
        "255.255.255.255",
        "::ffff:10.0.0.1",
        "::ffff:127.0.0.1",
        "::ffff:169.254.169.254",
        "::192.168.0.1"
      })
  void shouldTreatSpecialAddressesAsNonPublic(String literal) throws UnknownHostException {
    assertThat(AddressGuard.isNonPublic(InetAddress.getByName(literal))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "93.184.216.34",
        "8.8.8.8",
        "172.32.0.1",
        "100.128.0.1",
        "2606:2800:220:1:248:1893:25c8:1946",
        "::ffff:93.184.216.34"
      })
  void shouldTreatPublicAddressesAsPublic(String literal) throws UnknownHostException {
    assertThat(AddressGuard.isNonPublic(InetAddress.getByName(literal))).isFalse();
  }

  @Test
  void shouldRefuseResolvingHostToPrivateAddress() {
    AddressGuard guard = new AddressGuard(false);

    assertThatThrownBy(() -> guard.resolve("127.0.0.1"))
        .isInstanceOf(AddressGuard.RefusedAddressException.class)
        .hasMessageContaining("127.0.0.1");
  }

  @Test
  void shouldResolvePrivateAddressWhenAllowed() throws UnknownHostException {
    assertThat(new AddressGuard(true).resolve("127.0.0.1"))
        .containsExactly(InetAddress.getByName("127.0.0.1"));
  }

  @Test
  void shouldRefuseLoopbackUrlWithoutSendingAnything() throws Exception {
    try (FixtureServer server = new FixtureServer();
        HttpFetcher fetcher = new HttpFetcher(SETTINGS)) {
      server.on("/admin", html("<p>internal</p>"));

      FetchOutcome outcome = fetcher.fetch(FetchRequest.of(server.url("/admin")));

      assertThat(outcome).isInstanceOf(RefusedAddress.class);
      assertThat(server.requests()).isEmpty();
    }
  }

  @Test
  void shouldRefuseNonHttpSchemes() {
    try (HttpFetcher fetcher = new HttpFetcher(SETTINGS)) {
      assertThat(fetcher.fetch(FetchRequest.of("ftp://ftp.example.org/pub/news.txt")))
          .isInstanceOf(RefusedAddress.class);
      assertThat(fetcher.fetch(FetchRequest.of("file:///etc/passwd")))
          .isInstanceOf(RefusedAddress.class);
    }
  }

  @Test
  void shouldRefuseRedirectFromAllowedHostToPrivateAddress() throws Exception {
    InetAddress internal = InetAddress.getByName("127.0.0.2");
    AddressGuard guard =
        new AddressGuard(false, internal::equals, SystemDefaultDnsResolver.INSTANCE);
    try (FixtureServer outside = new FixtureServer();
        FixtureServer inside = new FixtureServer("127.0.0.2");
        HttpFetcher fetcher = new HttpFetcher(SETTINGS, guard)) {
      inside.on("/secret", html("<p>metadata</p>"));
      outside.on("/go", redirect(302, inside.url("/secret").toString()));

      FetchOutcome outcome = fetcher.fetch(FetchRequest.of(outside.url("/go")));

      assertThat(outcome)
          .isInstanceOfSatisfying(
              RefusedAddress.class,
              r -> {
                assertThat(r.url()).isEqualTo(outside.url("/go"));
                assertThat(r.reason()).contains("127.0.0.2");
              });
      assertThat(outside.requests("/go")).hasSize(1);
      assertThat(inside.requests()).isEmpty();
    }
  }

  @Test
  void shouldCheckSchemeWithoutIo() {
    AddressGuard guard = new AddressGuard(false);

    assertThat(guard.check(URI.create("https://example.org/a"))).isEmpty();
    assertThat(guard.check(URI.create("HTTP://example.org/a"))).isEmpty();
    assertThat(guard.check(URI.create("javascript:alert(1)"))).isPresent();
  }
}
