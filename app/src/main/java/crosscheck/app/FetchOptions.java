package crosscheck.app;

import crosscheck.fetch.Fetcher;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * How URLs are fetched ({@link Fetcher}), as a picocli mixin shared by the commands that take URLs ({@code analyze},
 * {@code ingest}, {@code extract}, through {@link WebOptions}) and by {@code watch}.
 */
final class FetchOptions {

    @Option(names = "--allow-private", description = "Fetch URLs whose host is on this machine or its network "
            + "(loopback, private, link-local, unique-local addresses); refused by default, after DNS resolution "
            + "and on every redirect.")
    boolean allowPrivate;

    @Option(names = "--fetch-delay", paramLabel = "SECONDS", defaultValue = "1",
            description = "Pause between two requests to one host; one request at a time per host "
                    + "(default: ${DEFAULT-VALUE}).")
    double fetchDelaySeconds;

    @Option(names = "--fetch-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Give up a URL when no byte comes for this long (a whole response may take twice this; "
                    + "connecting at most 10 s) (default: ${DEFAULT-VALUE}).")
    double fetchTimeoutSeconds;

    /** Fails with a usage error when a value is out of range. */
    void validate() {
        if (!(fetchDelaySeconds >= 0 && fetchDelaySeconds <= 3600)) {
            throw new Main.UsageException("--fetch-delay must be between 0 and 3600 seconds, got " + fetchDelaySeconds);
        }
        if (!(fetchTimeoutSeconds > 0 && fetchTimeoutSeconds <= 3600)) {
            throw new Main.UsageException("--fetch-timeout must be between 0 and 3600 seconds, got "
                    + fetchTimeoutSeconds);
        }
    }

    /** The fetcher's settings from these options. */
    Fetcher.Settings settings(String version, long maxBytes) {
        Duration timeout = Duration.ofMillis(Math.max(1, Math.round(fetchTimeoutSeconds * 1000)));
        Duration connect = timeout.compareTo(Duration.ofSeconds(10)) < 0 ? timeout : Duration.ofSeconds(10);
        return Fetcher.Settings.defaults(version).withAllowPrivate(allowPrivate).withMaxBytes(maxBytes)
                .withHostDelay(Duration.ofMillis(Math.round(fetchDelaySeconds * 1000)))
                .withTimeouts(connect, timeout, timeout.multipliedBy(2));
    }
}
