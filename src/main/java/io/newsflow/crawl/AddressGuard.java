package io.newsflow.crawl;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

/**
 * Decides which URLs may be fetched, so that a feed or a redirect cannot point the crawler at
 * internal services (cloud metadata at 169.254.169.254, admin pages on 10.x, localhost).
 *
 * <p>Two checks: {@link #check(URI)} accepts only {@code http} and {@code https} URLs, and, as the
 * HTTP client's {@link DnsResolver}, {@link #resolve(String)} refuses a host when any of its
 * addresses is non-public ({@link #isNonPublic(InetAddress)}) by throwing {@link
 * RefusedAddressException}. Because the addresses checked are the very addresses the client
 * connects to, a DNS answer that changes between check and connect (DNS rebinding) gains nothing,
 * and every redirect hop is checked the same way. With {@code allowPrivateAddresses} every address
 * is allowed (tests, intranet crawls). Thread-safe and stateless.
 */
public final class AddressGuard implements DnsResolver {

  private final boolean allowPrivateAddresses;
  private final Predicate<InetAddress> forbidden;
  private final DnsResolver dns;

  /** The production guard: system DNS, {@link #isNonPublic(InetAddress)} refused unless allowed. */
  public AddressGuard(boolean allowPrivateAddresses) {
    this(allowPrivateAddresses, AddressGuard::isNonPublic, SystemDefaultDnsResolver.INSTANCE);
  }

  /**
   * @param allowPrivateAddresses when true, no address is refused
   * @param forbidden which resolved addresses to refuse
   * @param dns the resolver asked for a host's addresses
   */
  public AddressGuard(
      boolean allowPrivateAddresses, Predicate<InetAddress> forbidden, DnsResolver dns) {
    this.allowPrivateAddresses = allowPrivateAddresses;
    this.forbidden = Objects.requireNonNull(forbidden, "forbidden");
    this.dns = Objects.requireNonNull(dns, "dns");
  }

  /**
   * Why a URL may not be fetched whatever its host resolves to (its scheme is not http or https),
   * or empty when it may be tried. Does no I/O.
   */
  public Optional<String> check(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.of("scheme not allowed: " + (scheme.isEmpty() ? "(none)" : scheme));
    }
    return Optional.empty();
  }

  @Override
  public InetAddress[] resolve(String host) throws UnknownHostException {
    InetAddress[] addresses = dns.resolve(host);
    if (!allowPrivateAddresses) {
      for (InetAddress address : addresses) {
        if (forbidden.test(address)) {
          throw new RefusedAddressException(host, address);
        }
      }
    }
    return addresses;
  }

  @Override
  public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
    InetAddress[] addresses = resolve(host);
    List<InetSocketAddress> endpoints = new ArrayList<>(addresses.length);
    for (InetAddress address : addresses) {
      endpoints.add(new InetSocketAddress(address, port));
    }
    return endpoints;
  }

  @Override
  public String resolveCanonicalHostname(String host) throws UnknownHostException {
    return dns.resolveCanonicalHostname(host);
  }

  /**
   * True for addresses no public web server has: any-local (0.0.0.0/8, ::), loopback (127/8, ::1),
   * private (10/8, 172.16/12, 192.168/16), shared CGNAT (100.64/10), link-local (169.254/16,
   * fe80::/10), multicast, reserved and broadcast (240/4), IPv6 unique-local (fc00::/7) and
   * site-local (fec0::/10), and any of the IPv4 ones written as IPv4-mapped ({@code
   * ::ffff:a.b.c.d}) or IPv4-compatible IPv6.
   */
  public static boolean isNonPublic(InetAddress address) {
    if (address.isAnyLocalAddress()
        || address.isLoopbackAddress()
        || address.isSiteLocalAddress()
        || address.isLinkLocalAddress()
        || address.isMulticastAddress()) {
      return true;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      return isNonPublicIpv4(b);
    }
    if (address instanceof Inet6Address) {
      if ((b[0] & 0xfe) == 0xfc) {
        return true; // unique-local fc00::/7
      }
      boolean mapped = (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
      if (isZero(b, 0, 10) && (mapped || isZero(b, 10, 12))) {
        // IPv4-mapped ::ffff:a.b.c.d or the deprecated IPv4-compatible ::a.b.c.d
        return isNonPublicIpv4(new byte[] {b[12], b[13], b[14], b[15]});
      }
    }
    return false;
  }

  private static boolean isNonPublicIpv4(byte[] b) {
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    return first == 0 // "this network", 0.0.0.0/8
        || first == 10
        || first == 127
        || (first == 100 && second >= 64 && second <= 127) // CGNAT 100.64/10
        || (first == 169 && second == 254)
        || (first == 172 && second >= 16 && second <= 31)
        || (first == 192 && second == 168)
        || first >= 224; // multicast 224/4, reserved 240/4, broadcast
  }

  private static boolean isZero(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Thrown by {@link #resolve(String)} for a refused host: an {@link UnknownHostException}, so the
   * HTTP client treats it as a failed lookup and never connects, but distinct from one so {@link
   * HttpFetcher} reports {@link FetchOutcome.RefusedAddress}.
   */
  public static final class RefusedAddressException extends UnknownHostException {
    private static final long serialVersionUID = 1L;

    RefusedAddressException(String host, InetAddress address) {
      super(host + " resolves to non-public address " + address.getHostAddress());
    }
  }
}
