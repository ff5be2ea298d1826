package crosscheck.fetch;

import crosscheck.core.Problem;
import crosscheck.core.SourceRef;
import crosscheck.ingest.Inputs;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import javax.net.SocketFactory;
import javax.net.ssl.SSLException;
import okhttp3.Connection;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Fetches web pages with OkHttp and keeps every raw response (robots.txt, redirects and error pages included) as
 * a WARC response record, with the request beside it, in one {@code .warc.gz} file that the pipeline then reads.
 *
 * <p>Politeness: a User-Agent that names crosscheck and its version; robots.txt read once per site (scheme, host
 * and port) and obeyed for the product token {@code crosscheck} (a 4xx robots.txt allows everything, a 5xx or an
 * unreachable one disallows everything, as RFC 9309 says); at most one request at a time to a host, with
 * {@link Settings#hostDelay} between the end of one and the start of the next; at most {@link Settings#threads}
 * requests at once overall.
 *
 * <p>Bounds: a connect timeout, a read timeout (no byte for that long) and a total time per response; responses
 * larger than {@link Settings#maxBytes} (as sent, before gzip is undone) are cut off and refused; at most
 * {@link Settings#maxRedirects} redirects, each followed here (OkHttp follows none) and checked like the first URL.
 * Only gzip is asked for ({@code Accept-Encoding: gzip}), by us, so that OkHttp hands back the bytes as sent (it
 * undoes gzip only when it asked for it itself) and the WARC record holds them; jwarc undoes it when the record is
 * read. Brotli is not asked for, as the one brotli decoder on Maven Central ({@code org.brotli:dec}) has had no
 * release since 2017. The record's status line and header fields are rebuilt from OkHttp's response, in the order
 * received: an HTTP/2 response is recorded as HTTP/1.1 with its header fields; a chunked transfer coding, which
 * OkHttp undoes, is recorded as a {@code Content-Length}.
 *
 * <p>Safety against server-side request forgery and DNS rebinding: only http and https URLs; OkHttp is given our
 * resolver ({@link okhttp3.Dns}), which resolves the host name, refuses the whole host when any address it
 * resolves to is not public ({@link Addresses}), and hands OkHttp exactly the addresses checked, so OkHttp connects
 * to those and never asks DNS again for that connection (TLS still verifies the certificate against the name). An
 * address literal, which OkHttp does not resolve, is checked before the call, and every socket checks its address
 * once more as it connects. No proxy is used. The same holds for each redirect and for robots.txt.
 *
 * <p>The WARC records of each URL are written in the order of the URLs, whatever order the fetches finish in, so
 * the articles' ids ({@code fetched#1}, ...) do not depend on timing. Thread-safe: one fetcher may serve several
 * {@link #fetchAll} calls, which then share its per-host politeness and robots.txt cache.
 */
public final class Fetcher {

    /** The robots.txt product token crosscheck answers to. */
    public static final String ROBOTS_TOKEN = "crosscheck";

    /** A host OkHttp takes as an address literal, and so does not give to the resolver (its own test). */
    private static final Pattern IP_LITERAL = Pattern.compile("([0-9a-fA-F]*:[0-9a-fA-F:.]*)|([\\d.]+)");

    /**
     * How a fetcher behaves.
     *
     * @param userAgent      the User-Agent header
     * @param allowPrivate   whether addresses that are not public may be fetched (tests, an intranet)
     * @param connectTimeout the longest wait for a connection (TLS handshake included)
     * @param readTimeout    the longest wait for the next bytes of a response
     * @param totalTimeout   the longest a whole response may take
     * @param maxBytes       the largest response body, as sent
     * @param maxRedirects   the most redirects followed from one URL
     * @param hostDelay      the pause between two requests to one host
     * @param threads        the most requests at once, overall
     */
    public record Settings(String userAgent, boolean allowPrivate, Duration connectTimeout, Duration readTimeout,
                           Duration totalTimeout, long maxBytes, int maxRedirects, Duration hostDelay, int threads) {
        public Settings {
            if (maxBytes < 1 || maxRedirects < 0 || threads < 1 || hostDelay.isNegative()
                    || connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative()
                    || readTimeout.isZero() || totalTimeout.isNegative() || totalTimeout.isZero()) {
                throw new IllegalArgumentException("bad fetch settings: " + maxBytes + " bytes, " + maxRedirects
                        + " redirects, " + threads + " threads, timeouts " + connectTimeout + "/" + readTimeout
                        + "/" + totalTimeout + ", delay " + hostDelay);
            }
        }

        /**
         * The defaults: {@code crosscheck/VERSION} as User-Agent, public addresses only, 10 s to connect, 30 s
         * without a byte, 60 s per response, 32 MiB, 5 redirects, 1 s between requests to a host, 4 at once.
         */
        public static Settings defaults(String version) {
            return new Settings(userAgent(version), false, Duration.ofSeconds(10), Duration.ofSeconds(30),
                    Duration.ofSeconds(60), 32L << 20, 5, Duration.ofSeconds(1), 4);
        }

        /** {@code crosscheck/1.2 (news cross-checking; robots.txt token crosscheck)}. */
        public static String userAgent(String version) {
            return ROBOTS_TOKEN + "/" + version + " (news cross-checking; robots.txt token " + ROBOTS_TOKEN + ")";
        }

        public Settings withAllowPrivate(boolean allow) {
            return new Settings(userAgent, allow, connectTimeout, readTimeout, totalTimeout, maxBytes, maxRedirects,
                    hostDelay, threads);
        }

        public Settings withMaxBytes(long bytes) {
            return new Settings(userAgent, allowPrivate, connectTimeout, readTimeout, totalTimeout, bytes,
                    maxRedirects, hostDelay, threads);
        }

        public Settings withHostDelay(Duration delay) {
            return new Settings(userAgent, allowPrivate, connectTimeout, readTimeout, totalTimeout, maxBytes,
                    maxRedirects, delay, threads);
        }

        /** The same settings with these timeouts. */
        public Settings withTimeouts(Duration connect, Duration read, Duration total) {
            return new Settings(userAgent, allowPrivate, connect, read, total, maxBytes, maxRedirects, hostDelay,
                    threads);
        }
    }

    /** Told as each URL is done, from the fetching threads. */
    public interface Listener {
        /**
         * @param url     the URL as given
         * @param done    how many URLs are done, this one included
         * @param total   how many URLs there are
         * @param failure why it failed, or null when a page was fetched
         */
        void done(String url, int done, int total, @Nullable String failure);
    }

    /**
     * What a {@link #fetchAll} call did.
     *
     * @param fetched  the URLs that gave a page (2xx)
     * @param total    the URLs asked for (each once)
     * @param problems one per URL that gave none, and one per page that is not HTML
     * @param passing  the URLs that gave no page for a reason that may pass (no answer, a timeout, HTTP 5xx): worth
     *                 asking again later
     */
    public record Outcome(int fetched, int total, List<Problem> problems, List<String> passing) {
        public Outcome {
            problems = List.copyOf(problems);
            passing = List.copyOf(passing);
        }
    }

    /** HTTP statuses that may pass: a timeout (408), too many requests (429), a server error (5xx). */
    static boolean passingStatus(int status) {
        return status == 408 || status == 429 || status >= 500;
    }

    /** What one URL gave: its problems, and whether its failure may pass. */
    private record One(List<Problem> problems, boolean passing) {
    }

    /** One request and its raw response, as sent and received. */
    record Exchange(URI uri, @Nullable InetAddress address, Instant date, byte @Nullable [] request,
                    byte[] response, int status, String reason, Headers headers) {

        /** The first value of a header field, or null. */
        @Nullable String header(String name) {
            List<String> values = headers.values(name);
            return values.isEmpty() ? null : values.get(0);
        }

        /**
         * The first {@code limit} bytes of the body, with chunked transfer coding and gzip undone (by jwarc, as when
         * the WARC is read).
         */
        byte[] decodedBody(long limit) throws IOException {
            HttpResponse http = HttpResponse.parse(Channels.newChannel(new ByteArrayInputStream(response)));
            try (InputStream in = http.bodyDecoded().stream()) {
                return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit));
            }
        }
    }

    private final Settings settings;
    private final Map<String, ReentrantLock> hostLocks = new ConcurrentHashMap<>();
    private final Map<String, Long> hostNext = new ConcurrentHashMap<>();
    private final Map<String, RobotsTxt> robots = new ConcurrentHashMap<>();

    private final java.util.function.Function<InetAddress, @Nullable String> refusal;
    private final OkHttpClient client;

    public Fetcher(Settings settings) {
        this(settings, settings.allowPrivate() ? a -> null : Addresses::notPublic);
    }

    /** A fetcher with its own address policy: {@code refusal} says why an address is refused, or null (tests). */
    Fetcher(Settings settings, java.util.function.Function<InetAddress, @Nullable String> refusal) {
        this.settings = settings;
        this.refusal = refusal;
        this.client = client();
    }

    public Settings settings() {
        return settings;
    }

    /** Whether an argument is meant as a URL: it starts with a scheme and {@code ://}. */
    public static boolean looksLikeUrl(String argument) {
        return argument.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*://.*");
    }

    /**
     * Fetches the URLs (each once, in order) and writes their records to {@code warc}, replacing it.
     *
     * @throws IOException when the WARC file cannot be written
     */
    public Outcome fetchAll(List<String> urls, Path warc, Listener listener) throws IOException {
        List<String> unique = new ArrayList<>(new LinkedHashSet<>(urls));
        Path dir = warc.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path parts = Files.createTempDirectory(dir, ".fetch-");
        List<Problem> problems = new ArrayList<>();
        List<String> passing = new ArrayList<>();
        int fetched = 0;
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.threads(), Math.max(1, unique.size())),
                r -> {
                    Thread t = new Thread(r, "crosscheck-fetch");
                    t.setDaemon(true);
                    return t;
                });
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<One>> futures = new ArrayList<>();
            for (int i = 0; i < unique.size(); i++) {
                String url = unique.get(i);
                Path part = parts.resolve(i + ".warc.gz");
                futures.add(pool.submit(() -> {
                    One one = fetchOne(url, part);
                    listener.done(url, done.incrementAndGet(), unique.size(), one.problems().stream()
                            .filter(Problem::isError).map(Problem::message).findFirst().orElse(null));
                    return one;
                }));
            }
            for (int i = 0; i < futures.size(); i++) {
                List<Problem> found;
                try {
                    One one = futures.get(i).get();
                    found = one.problems();
                    if (one.passing()) {
                        passing.add(unique.get(i));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while fetching", e);
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof IOException io) {
                        throw io;
                    }
                    throw new IllegalStateException(cause);
                }
                problems.addAll(found);
                fetched += found.stream().anyMatch(Problem::isError) ? 0 : 1;
            }
            Path tmp = dir.resolve(warc.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                for (int i = 0; i < unique.size(); i++) {
                    Path part = parts.resolve(i + ".warc.gz");
                    if (Files.exists(part)) {
                        Files.copy(part, out);
                    }
                }
            }
            Files.move(tmp, warc, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            pool.shutdownNow();
            try (var s = Files.list(parts)) {
                for (Path p : s.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(parts);
        }
        return new Outcome(fetched, unique.size(), problems, passing);
    }

    /** Fetches one URL, following redirects, and writes its records to {@code part}; its problems. */
    private One fetchOne(String url, Path part) throws IOException {
        SourceRef where = SourceRef.of(url);
        try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             WarcWriter warc = new WarcWriter(channel, WarcCompression.GZIP)) {
            URI uri;
            try {
                uri = parse(url);
            } catch (FetchException e) {
                return new One(List.of(Problem.error("fetch-failed", where, e.getMessage())), false);
            }
            try {
                Exchange x = follow(uri, Map.of(), warc);
                if (x.status() < 200 || x.status() >= 300) {
                    throw new FetchException("HTTP " + x.status() + reason(x)
                            + (x.uri().equals(uri) ? "" : " from " + x.uri()), passingStatus(x.status()));
                }
                String type = x.header("content-type");
                String base = type == null ? "" : type.replaceFirst(";.*", "").strip().toLowerCase(Locale.ROOT);
                if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
                    return new One(List.of(Problem.error("not-a-page", where, "the response is "
                            + (base.isEmpty() ? "of no declared type" : base) + ", not an HTML page; kept in "
                            + "the WARC file, not read")), false);
                }
                return new One(List.of(), false);
            } catch (FetchException e) {
                String message = e.getMessage();
                return new One(List.of(Problem.error(message.startsWith("robots.txt") ? "robots-disallowed"
                        : "fetch-failed", where, message)), e.passing());
            }
        }
    }

    /**
     * Asks for {@code uri} as robots.txt allows, following redirects (each checked), and writes each exchange to
     * {@code warc} when one is given; the last exchange: not a redirect (a 304 included).
     */
    private Exchange follow(URI uri, Map<String, String> headers, @Nullable WarcWriter warc)
            throws FetchException, IOException {
        for (int hop = 0; ; hop++) {
            checkRobots(uri, warc);
            Exchange x = exchange(uri, headers);
            if (warc != null) {
                write(warc, x);
            }
            int status = x.status();
            if (status < 300 || status >= 400 || status == 304) {
                return x;
            }
            String location = x.header("location");
            if (location == null) {
                throw new FetchException("HTTP " + status + " redirect without a Location header");
            }
            if (hop >= settings.maxRedirects()) {
                throw new FetchException("more than " + settings.maxRedirects() + " redirects (the last to "
                        + location + ")");
            }
            uri = redirect(uri, location);
        }
    }

    /**
     * A document fetched by {@link #fetch}: a feed, a sitemap.
     *
     * @param url          where it came from, after redirects
     * @param status       200, or 304 when it has not changed since the validators given (then no body)
     * @param etag         its {@code ETag}, or null
     * @param lastModified its {@code Last-Modified}, or null
     * @param body         its body, gzip undone
     */
    public record Document(String url, int status, @Nullable String etag, @Nullable String lastModified,
                           byte[] body) {

        /** Whether the server said it has not changed (304). */
        public boolean notModified() {
            return status == 304;
        }
    }

    /**
     * Fetches one document (a feed, a sitemap) as politely and safely as pages are, keeping no WARC record: with
     * {@code If-None-Match} and {@code If-Modified-Since} when validators are given, so that an unchanged one answers
     * 304 without a body.
     *
     * @param etag         the {@code ETag} it last had, or null
     * @param lastModified the {@code Last-Modified} it last had, or null
     * @throws FetchException when it gives neither a 2xx nor a 304 answer, in words fit for a problem line
     */
    public Document fetch(String url, @Nullable String etag, @Nullable String lastModified) throws FetchException {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        if (etag != null) {
            headers.put("If-None-Match", etag);
        }
        if (lastModified != null) {
            headers.put("If-Modified-Since", lastModified);
        }
        URI uri = parse(url);
        Exchange x;
        try {
            x = follow(uri, headers, null);
        } catch (IOException e) {
            throw new FetchException("reading " + url + " failed: " + e.getMessage(), true);
        }
        if (x.status() == 304) {
            return new Document(x.uri().toString(), 304, etag, lastModified, new byte[0]);
        }
        if (x.status() < 200 || x.status() >= 300) {
            throw new FetchException("HTTP " + x.status() + reason(x) + (x.uri().equals(uri) ? "" : " from "
                    + x.uri()), passingStatus(x.status()));
        }
        try {
            return new Document(x.uri().toString(), x.status(), x.header("etag"), x.header("last-modified"),
                    x.decodedBody(settings.maxBytes()));
        } catch (IOException e) {
            throw new FetchException("the response from " + x.uri() + " cannot be decoded: " + e.getMessage());
        }
    }

    private static String reason(Exchange x) {
        return x.reason().isBlank() ? "" : " " + x.reason().strip();
    }

    /** A URL as given, checked: http or https with a host. */
    static URI parse(String url) throws FetchException {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new FetchException("not a valid URL: " + e.getReason());
        }
        return checked(uri);
    }

    private static URI checked(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("only http and https URLs are fetched, not " + (scheme.isEmpty() ? "this"
                    : scheme + ":"));
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new FetchException("the URL names no host");
        }
        return uri;
    }

    private static URI redirect(URI from, String location) throws FetchException {
        URI to;
        try {
            to = from.resolve(new URI(location.strip().replace(" ", "%20")));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException("redirects to an invalid URL: " + location);
        }
        try {
            return checked(to);
        } catch (FetchException e) {
            throw new FetchException("redirects to " + to + ": " + e.getMessage());
        }
    }

    /** Throws when the site's robots.txt disallows the URL; fetches robots.txt once per site. */
    private void checkRobots(URI uri, @Nullable WarcWriter warc) throws FetchException, IOException {
        String site = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                + ":" + port(uri);
        RobotsTxt rules = robots.get(site);
        if (rules == null) {
            ReentrantLock lock = hostLocks.computeIfAbsent(host(uri), h -> new ReentrantLock(true));
            lock.lock(); // one thread reads robots.txt; the others wait for it
            try {
                rules = robots.get(site);
                if (rules == null) {
                    rules = readRobots(uri, warc);
                    robots.put(site, rules);
                }
            } finally {
                lock.unlock();
            }
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            path += "?" + uri.getRawQuery();
        }
        if (!rules.allowed(path)) {
            throw new FetchException("robots.txt of " + uri.getHost() + " disallows " + ROBOTS_TOKEN
                    + " from fetching " + path);
        }
    }

    private RobotsTxt readRobots(URI page, @Nullable WarcWriter warc) throws FetchException, IOException {
        URI uri = page.resolve("/robots.txt");
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            Exchange x;
            try {
                x = exchange(uri, Map.of());
            } catch (FetchException e) {
                // the page itself would fail the same way; said once, for the page
                throw new FetchException(e.getMessage() + " (reading " + uri + ")");
            }
            if (warc != null) {
                write(warc, x);
            }
            int status = x.status();
            if (status >= 300 && status < 400 && x.header("location") != null) {
                try {
                    uri = redirect(uri, x.header("location"));
                } catch (FetchException e) {
                    return RobotsTxt.allowAll(); // RFC 9309: a robots.txt that cannot be followed is unavailable
                }
                continue;
            }
            if (status >= 200 && status < 300) {
                byte[] body;
                try {
                    body = x.decodedBody(RobotsTxt.MAX_BYTES);
                } catch (IOException e) {
                    return RobotsTxt.disallowAll(); // a robots.txt that cannot be decoded: unavailable
                }
                return RobotsTxt.parse(new String(body, StandardCharsets.UTF_8), ROBOTS_TOKEN);
            }
            return status >= 400 && status < 500 ? RobotsTxt.allowAll() : RobotsTxt.disallowAll();
        }
        return RobotsTxt.allowAll(); // more redirects than allowed: unavailable, as RFC 9309 reads it
    }

    private static void write(WarcWriter warc, Exchange x) throws IOException {
        WarcResponse.Builder response = new WarcResponse.Builder(x.uri()).date(x.date())
                .body(MediaType.HTTP_RESPONSE, x.response());
        WarcRequest.Builder request = x.request() == null ? null : new WarcRequest.Builder(x.uri()).date(x.date())
                .body(MediaType.HTTP_REQUEST, x.request());
        if (x.address() != null) {
            response.ipAddress(x.address());
            if (request != null) {
                request.ipAddress(x.address());
            }
        }
        if (request == null) {
            warc.write(response.build());
            return;
        }
        WarcRequest sent = request.build();
        warc.write(response.concurrentTo(sent.id()).build());
        warc.write(sent);
    }

    private static String host(URI uri) {
        return uri.getHost().toLowerCase(Locale.ROOT);
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    /** One request to one host, politely: the host's turn, then the pause before its next. */
    Exchange exchange(URI uri, Map<String, String> headers) throws FetchException {
        ReentrantLock lock = hostLocks.computeIfAbsent(host(uri), h -> new ReentrantLock(true));
        lock.lock();
        try {
            long wait = hostNext.getOrDefault(host(uri), 0L) - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new FetchException("interrupted");
                }
            }
            try {
                return request(uri, headers);
            } finally {
                hostNext.put(host(uri), System.nanoTime() + settings.hostDelay().toNanos());
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Sends a GET through OkHttp and reads the whole response body, bounded by {@link Settings#maxBytes}. The host
     * name is resolved and checked by {@link #lookup}; an address literal (which OkHttp does not give to the
     * resolver) is checked here; every socket checks the address it connects to once more.
     */
    private Exchange request(URI uri, Map<String, String> extraHeaders) throws FetchException {
        HttpUrl url = HttpUrl.parse(uri.toString());
        if (url == null) {
            throw new FetchException("not a valid URL: " + uri);
        }
        if (IP_LITERAL.matcher(url.host()).matches()) {
            Addresses.resolve(url.host(), refusal);
        }
        Request.Builder builder = new Request.Builder().url(url)
                .header("User-Agent", settings.userAgent())
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
                .header("Accept-Encoding", "gzip"); // asked for here, so OkHttp leaves the bytes as sent
        extraHeaders.forEach(builder::header);
        Sent sent = new Sent();
        builder.tag(Sent.class, sent);
        Instant date = Instant.now();
        String where = url.host() + ":" + url.port();
        try (Response response = client.newCall(builder.build()).execute()) {
            ResponseBody body = response.body();
            long declared = body.contentLength();
            if (declared > settings.maxBytes()) {
                throw tooLarge(declared);
            }
            byte[] bytes = bounded(body.source());
            byte[] head = statusAndHeaders(response, bytes.length).getBytes(StandardCharsets.ISO_8859_1);
            byte[] raw = new byte[head.length + bytes.length];
            System.arraycopy(head, 0, raw, 0, head.length);
            System.arraycopy(bytes, 0, raw, head.length, bytes.length);
            return new Exchange(uri, sent.address, date, sent.request, raw, response.code(), response.message(),
                    response.headers());
        } catch (UnknownHostException e) { // our resolver's refusal (Refused) or no such host
            throw new FetchException(String.valueOf(e.getMessage()), !(e instanceof Refused r) || r.passing);
        } catch (SocketTimeoutException e) {
            boolean connecting = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("connect");
            throw new FetchException(connecting
                    ? "no connection to " + where + " within " + seconds(settings.connectTimeout()) + " (timeout)"
                    : "no answer from " + where + " within " + seconds(settings.readTimeout()) + " (timeout)", true);
        } catch (InterruptedIOException e) {
            throw new FetchException("the response took longer than " + seconds(settings.totalTimeout())
                    + " (timeout)", true);
        } catch (ConnectException e) {
            throw new FetchException("connection to " + where + " refused", true);
        } catch (NoRouteToHostException e) {
            throw new FetchException("no route to " + where, true);
        } catch (SSLException e) {
            throw new FetchException("TLS with " + where + " failed: " + e.getMessage());
        } catch (IOException e) {
            throw new FetchException("reading from " + where + " failed: " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()), true);
        }
    }

    /** The body as sent, read to its end; past {@link Settings#maxBytes} the read stops and the page is refused. */
    private byte[] bounded(BufferedSource source) throws IOException, FetchException {
        Buffer buffer = new Buffer();
        while (source.read(buffer, 64 * 1024) != -1) {
            if (buffer.size() > settings.maxBytes()) {
                throw tooLarge(-1);
            }
        }
        return buffer.readByteArray();
    }

    /**
     * The status line and header fields of a response, in the order received, as HTTP/1.1 (an HTTP/2 response is
     * recorded so too). The body that follows is as sent, but OkHttp has undone a chunked transfer coding: the
     * {@code Transfer-Encoding} field is left out and, when the response gave none, a {@code Content-Length}
     * added, so that the record reads back.
     */
    static String statusAndHeaders(Response response, long bodyLength) {
        StringBuilder head = new StringBuilder(response.protocol() == Protocol.HTTP_1_0 ? "HTTP/1.0" : "HTTP/1.1")
                .append(' ').append(response.code()).append(' ').append(response.message()).append("\r\n");
        Headers headers = response.headers();
        for (int i = 0; i < headers.size(); i++) {
            if (!headers.name(i).equalsIgnoreCase("Transfer-Encoding")) {
                head.append(headers.name(i)).append(": ").append(headers.value(i)).append("\r\n");
            }
        }
        if (headers.get("Content-Length") == null) {
            head.append("Content-Length: ").append(bodyLength).append("\r\n");
        }
        return head.append("\r\n").toString();
    }

    /** The request line and header fields OkHttp sent (as HTTP/1.1), for the WARC request record. */
    private static byte[] requestBytes(Request request) {
        HttpUrl url = request.url();
        StringBuilder head = new StringBuilder(request.method()).append(' ').append(url.encodedPath())
                .append(url.encodedQuery() == null ? "" : "?" + url.encodedQuery()).append(" HTTP/1.1\r\n");
        if (request.header("Host") == null) {
            head.append("Host: ").append(url.host()).append(url.port() == HttpUrl.defaultPort(url.scheme()) ? ""
                    : ":" + url.port()).append("\r\n");
        }
        Headers headers = request.headers();
        for (int i = 0; i < headers.size(); i++) {
            head.append(headers.name(i)).append(": ").append(headers.value(i)).append("\r\n");
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** What was sent for one call and to which address: filled in by the network interceptor. */
    private static final class Sent {
        volatile byte @Nullable [] request;
        volatile @Nullable InetAddress address;
    }

    /** A host refused or not resolved: said in words fit for a problem line, and whether that may pass. */
    private static final class Refused extends UnknownHostException {
        private static final long serialVersionUID = 1L;

        final boolean passing;

        Refused(String message, boolean passing) {
            super(message);
            this.passing = passing;
        }
    }

    /** Our resolver for OkHttp: every address of the host checked, and only those given to it. */
    private List<InetAddress> lookup(String host) throws UnknownHostException {
        try {
            return Addresses.resolveAll(host, refusal);
        } catch (FetchException e) {
            throw new Refused(String.valueOf(e.getMessage()), e.passing());
        }
    }

    /**
     * The OkHttp client: our resolver and checked sockets, no proxy, no redirects followed, our timeouts. OkHttp's
     * retry stays on: it asks again on a new connection when a kept-alive one turns out closed by the server (an
     * HTTP/1.0 server that says nothing of keep-alive); never once a response header has come, nor after a read
     * timed out.
     */
    private OkHttpClient client() {
        return new OkHttpClient.Builder()
                .dns(this::lookup)
                .socketFactory(new CheckedSockets())
                .proxy(Proxy.NO_PROXY)
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(true) // a kept-alive connection the server has closed: a new one
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                .callTimeout(settings.totalTimeout())
                .addNetworkInterceptor(chain -> {
                    Sent sent = chain.request().tag(Sent.class);
                    if (sent != null) {
                        sent.request = requestBytes(chain.request());
                        Connection c = chain.connection();
                        sent.address = c == null ? null : c.route().socketAddress().getAddress();
                    }
                    return chain.proceed(chain.request());
                })
                .build();
    }

    /** Sockets that check the address they connect to: the last line behind {@link #lookup}. */
    private final class CheckedSockets extends SocketFactory {

        @Override
        public Socket createSocket() {
            return new Socket() {
                @Override
                public void connect(SocketAddress endpoint, int timeout) throws IOException {
                    if (endpoint instanceof InetSocketAddress a && a.getAddress() != null) {
                        String why = refusal.apply(a.getAddress());
                        if (why != null) {
                            throw new Refused(a.getAddress().getHostAddress() + " is " + why
                                    + "; refused (give --allow-private to fetch from your own network)", false);
                        }
                    }
                    super.connect(endpoint, timeout);
                }
            };
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            throw new SocketException("unconnected sockets only");
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            throw new SocketException("unconnected sockets only");
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            throw new SocketException("unconnected sockets only");
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            throw new SocketException("unconnected sockets only");
        }
    }

    private FetchException tooLarge(long length) {
        return new FetchException("the response is larger than the per-document limit of "
                + Inputs.humanBytes(settings.maxBytes()) + (length > 0 ? " (" + Inputs.humanBytes(length) + ")" : "")
                + "; raise it with --max-document-size");
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format(Locale.ROOT, "%.1f s",
                d.toMillis() / 1000.0);
    }
}
