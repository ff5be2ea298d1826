package crosscheck.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.jspecify.annotations.Nullable;

/**
 * Which addresses a fetch may connect to. By default only public ones: loopback, private (10/8, 172.16/12,
 * 192.168/16, 100.64/10 carrier-grade NAT), link-local (169.254/16, fe80::/10, where cloud metadata services
 * answer), unique-local (fc00::/7), site-local, multicast, unspecified (0.0.0.0, ::) and the IPv4 addresses mapped
 * or embedded in IPv6 forms of these are refused, so that a URL cannot make crosscheck read a service on the
 * machine or its network. Stateless and thread-safe.
 */
public final class Addresses {

    private Addresses() {
    }

    /**
     * Why this address is refused ("a loopback address", ...), or null when it is public.
     */
    public static @Nullable String notPublic(InetAddress address) {
        InetAddress a = embeddedIpv4(address);
        if (a.isAnyLocalAddress()) {
            return "an unspecified address";
        }
        if (a.isLoopbackAddress()) {
            return "a loopback address";
        }
        if (a.isLinkLocalAddress()) {
            return "a link-local address";
        }
        if (a.isSiteLocalAddress()) {
            return "a private address";
        }
        if (a.isMulticastAddress()) {
            return "a multicast address";
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xFF;
            int second = b[1] & 0xFF;
            if (first == 0) {
                return "an unspecified address";
            }
            if (first == 100 && second >= 64 && second < 128) {
                return "a private address (carrier-grade NAT)";
            }
            if (first >= 240) {
                return "a reserved address";
            }
        } else if ((b[0] & 0xFE) == 0xFC) {
            return "a unique-local address";
        }
        return null;
    }

    /** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d) or IPv4-compatible (::a.b.c.d) IPv6 address. */
    private static InetAddress embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address;
        }
        byte[] b = address.getAddress();
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return address;
            }
        }
        boolean mapped = (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
        boolean compatible = b[10] == 0 && b[11] == 0 && (b[12] != 0 || b[13] != 0);
        if (!mapped && !compatible) {
            return address;
        }
        try {
            return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
        } catch (UnknownHostException e) {
            return address;
        }
    }

    /**
     * Resolves a host once and picks an address to connect to: the first one, after checking every address the
     * name resolves to (a name with one private address among public ones is refused: which one a later lookup
     * returns is not ours to choose).
     *
     * @throws FetchException when the name does not resolve, or resolves to an address that is not public and
     *                        private addresses are not allowed
     */
    public static InetAddress resolve(String host, boolean allowPrivate) throws FetchException {
        return resolve(host, allowPrivate ? a -> null : Addresses::notPublic);
    }

    /**
     * {@link #resolve(String, boolean)} with another policy: {@code refusal} says why an address is refused, or
     * null when it is not.
     */
    static InetAddress resolve(String host, java.util.function.Function<InetAddress, @Nullable String> refusal)
            throws FetchException {
        return resolveAll(host, refusal).get(0);
    }

    /** Every address the host resolves to, each checked: the whole host is refused when one address is. */
    static java.util.List<InetAddress> resolveAll(String host,
                                                  java.util.function.Function<InetAddress, @Nullable String> refusal)
            throws FetchException {
        InetAddress[] all;
        try {
            all = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new FetchException("the host name " + host + " does not resolve (DNS)", true);
        } catch (SecurityException | IllegalArgumentException e) {
            throw new FetchException("the host name " + host + " cannot be resolved: " + e.getMessage(), true);
        }
        for (InetAddress a : all) {
            String why = refusal.apply(a);
            if (why != null) {
                throw new FetchException(host + " resolves to " + a.getHostAddress() + ", " + why
                        + "; refused (give --allow-private to fetch from your own network)");
            }
        }
        return java.util.List.of(all);
    }
}
