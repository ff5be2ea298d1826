package crosscheck.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The default refuses addresses that are not public, by resolution (literal addresses: no DNS, no connection). */
class AddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.5.6.7", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254",
            "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fd12:3456::1",
            "fc00::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::169.254.169.254"})
    void refusedByDefault(String address) throws Exception {
        assertNotNull(Addresses.notPublic(InetAddress.getByName(address)), address);
        FetchException e = assertThrows(FetchException.class, () -> Addresses.resolve(address, false));
        assertTrue(e.getMessage().contains("refused (give --allow-private"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "2606:4700::1111", "172.32.0.1", "100.128.0.1"})
    void publicAddressesPass(String address) throws Exception {
        assertNull(Addresses.notPublic(InetAddress.getByName(address)), address);
        assertEquals(InetAddress.getByName(address), Addresses.resolve(address, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "::1"})
    void allowedWithAllowPrivate(String address) throws Exception {
        assertEquals(InetAddress.getByName(address), Addresses.resolve(address, true));
    }
}
