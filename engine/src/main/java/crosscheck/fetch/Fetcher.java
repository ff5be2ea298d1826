package crosscheck.fetch;

import crosscheck.core.Problem;
import crosscheck.core.SourceRef;
import crosscheck.ingest.Inputs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.IDN;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
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
import java.util.LinkedHashMap;
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
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Fetches web pages over HTTP/1.1 and keeps every raw response (robots.txt, redirects and error pages included) as
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
 * {@link Settings#maxRedirects} redirects, each followed here (not by a library) and checked like the first URL.
 * Only gzip is asked for ({@code Accept-Encoding: gzip}): brotli is not, as the one brotli decoder on Maven Central
 * ({@code org.brotli:dec}) has had no release since 2017.
 *
 * <p>Safety against server-side request forgery and DNS rebinding: only http and https URLs; the host name is
 * resolved once per request, every address it resolves to is checked ({@link Addresses}), and the socket is
 * connected to that checked address itself, never to the name (TLS still verifies the certificate against the
 * name, and sends it as SNI), so a second, different DNS answer is never used. The same holds for each redirect
 * and for robots.txt. This is why the JDK's {@code java.net.http.HttpClient} is not used: it resolves the name
 * itself and cannot be told which address to connect to, nor give the response bytes as sent.
 *
 * <p>The WARC records of each URL are written in the order of the URLs, whatever order the fetches finish in, so
 * the articles' ids ({@code fetched#1}, ...) do not depend on timing. Thread-safe: one fetcher may serve several
 * {@link #fetchAll} calls, which then share its per-host politeness and robots.txt cache.
 */
public final class Fetcher {

    /** The robots.txt product token crosscheck answers to. */
    public static final String ROBOTS_TOKEN = "crosscheck";

    /** Bytes of a response header read at most. */
    static final int MAX_HEADER_BYTES = 64 * 1024;

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
     */
    public record Outcome(int fetched, int total, List<Problem> problems) {
        public Outcome {
            problems = List.copyOf(problems);
        }
    }

    /** One request and its raw response, as sent and received. */
    record Exchange(URI uri, InetAddress address, Instant date, byte[] request, byte[] response, int status,
                    Map<String, String> headers) {

        @Nullable String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
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

    public Fetcher(Settings settings) {
        this(settings, settings.allowPrivate() ? a -> null : Addresses::notPublic);
    }

    /** A fetcher with its own address policy: {@code refusal} says why an address is refused, or null (tests). */
    Fetcher(Settings settings, java.util.function.Function<InetAddress, @Nullable String> refusal) {
        this.settings = settings;
        this.refusal = refusal;
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
        int fetched = 0;
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.threads(), Math.max(1, unique.size())),
                r -> {
                    Thread t = new Thread(r, "crosscheck-fetch");
                    t.setDaemon(true);
                    return t;
                });
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<List<Problem>>> futures = new ArrayList<>();
            for (int i = 0; i < unique.size(); i++) {
                String url = unique.get(i);
                Path part = parts.resolve(i + ".warc.gz");
                futures.add(pool.submit(() -> {
                    List<Problem> found = fetchOne(url, part);
                    listener.done(url, done.incrementAndGet(), unique.size(),
                            found.stream().filter(Problem::isError).map(Problem::message).findFirst().orElse(null));
                    return found;
                }));
            }
            for (Future<List<Problem>> f : futures) {
                List<Problem> found;
                try {
                    found = f.get();
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
        return new Outcome(fetched, unique.size(), problems);
    }

    /** Fetches one URL, following redirects, and writes its records to {@code part}; its problems. */
    private List<Problem> fetchOne(String url, Path part) throws IOException {
        SourceRef where = SourceRef.of(url);
        try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             WarcWriter warc = new WarcWriter(channel, WarcCompression.GZIP)) {
            URI uri;
            try {
                uri = parse(url);
            } catch (FetchException e) {
                return List.of(Problem.error("fetch-failed", where, e.getMessage()));
            }
            for (int hop = 0; ; hop++) {
                try {
                    checkRobots(uri, warc);
                    Exchange x = exchange(uri);
                    write(warc, x);
                    int status = x.status();
                    if (status >= 300 && status < 400 && status != 304) {
                        String location = x.header("location");
                        if (location == null) {
                            throw new FetchException("HTTP " + status + " redirect without a Location header");
                        }
                        if (hop >= settings.maxRedirects()) {
                            throw new FetchException("more than " + settings.maxRedirects() + " redirects (the last "
                                    + "to " + location + ")");
                        }
                        uri = redirect(uri, location);
                        continue;
                    }
                    if (status < 200 || status >= 300) {
                        throw new FetchException("HTTP " + status + reason(x)
                                + (hop > 0 ? " from " + uri : ""));
                    }
                    String type = x.header("content-type");
                    String base = type == null ? "" : type.replaceFirst(";.*", "").strip().toLowerCase(Locale.ROOT);
                    if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
                        return List.of(Problem.error("not-a-page", where, "the response is "
                                + (base.isEmpty() ? "of no declared type" : base) + ", not an HTML page; kept in "
                                + "the WARC file, not read"));
                    }
                    return List.of();
                } catch (FetchException e) {
                    String message = e.getMessage();
                    return List.of(Problem.error(message.startsWith("robots.txt") ? "robots-disallowed"
                            : "fetch-failed", where, message));
                }
            }
        }
    }

    private static String reason(Exchange x) {
        String line = new String(x.response(), 0, Math.min(x.response().length, 200), StandardCharsets.ISO_8859_1);
        int end = line.indexOf('\n');
        String[] parts = (end >= 0 ? line.substring(0, end) : line).strip().split(" ", 3);
        return parts.length == 3 ? " " + parts[2] : "";
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
    private void checkRobots(URI uri, WarcWriter warc) throws FetchException, IOException {
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

    private RobotsTxt readRobots(URI page, WarcWriter warc) throws FetchException, IOException {
        URI uri = page.resolve("/robots.txt");
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            Exchange x;
            try {
                x = exchange(uri);
            } catch (FetchException e) {
                // the page itself would fail the same way; said once, for the page
                throw new FetchException(e.getMessage() + " (reading " + uri + ")");
            }
            write(warc, x);
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
        WarcRequest request = new WarcRequest.Builder(x.uri()).date(x.date())
                .body(MediaType.HTTP_REQUEST, x.request()).ipAddress(x.address()).build();
        WarcResponse response = new WarcResponse.Builder(x.uri()).date(x.date())
                .body(MediaType.HTTP_RESPONSE, x.response()).ipAddress(x.address())
                .concurrentTo(request.id()).build();
        warc.write(response);
        warc.write(request);
    }

    private static String host(URI uri) {
        return uri.getHost().toLowerCase(Locale.ROOT);
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    /** One request to one host, politely: the host's turn, then the pause before its next. */
    Exchange exchange(URI uri) throws FetchException {
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
                return request(uri);
            } finally {
                hostNext.put(host(uri), System.nanoTime() + settings.hostDelay().toNanos());
            }
        } finally {
            lock.unlock();
        }
    }

    /** Resolves, checks the address, connects to it, sends a GET and reads the whole response. */
    private Exchange request(URI uri) throws FetchException {
        String host = uri.getHost();
        String bareHost = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress address = Addresses.resolve(bareHost, refusal);
        int port = port(uri);
        boolean https = uri.getScheme().equalsIgnoreCase("https");
        String target = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        boolean defaultPort = uri.getPort() < 0 || uri.getPort() == (https ? 443 : 80);
        String request = "GET " + target + " HTTP/1.1\r\n"
                + "Host: " + host + (defaultPort ? "" : ":" + port) + "\r\n"
                + "User-Agent: " + settings.userAgent() + "\r\n"
                + "Accept: text/html,application/xhtml+xml;q=0.9,*/*;q=0.5\r\n"
                + "Accept-Encoding: gzip\r\n"
                + "Connection: close\r\n\r\n";
        byte[] requestBytes = request.getBytes(StandardCharsets.ISO_8859_1);
        Instant date = Instant.now();
        long deadline = System.nanoTime() + settings.totalTimeout().toNanos();
        String where = host + ":" + port;
        Socket socket = new Socket();
        try (socket) {
            try {
                socket.connect(new InetSocketAddress(address, port), millis(settings.connectTimeout()));
            } catch (SocketTimeoutException e) {
                throw new FetchException("no connection to " + where + " within "
                        + seconds(settings.connectTimeout()) + " (timeout)");
            } catch (ConnectException e) {
                throw new FetchException("connection to " + where + " refused");
            } catch (NoRouteToHostException e) {
                throw new FetchException("no route to " + where);
            }
            socket.setSoTimeout(millis(settings.readTimeout()));
            Socket channel = socket;
            if (https) {
                channel = tls(socket, bareHost, port);
            }
            OutputStream out = channel.getOutputStream();
            out.write(requestBytes);
            out.flush();
            byte[] response = readResponse(channel.getInputStream(), deadline);
            int headerEnd = headerEnd(response);
            Map<String, String> headers = new LinkedHashMap<>();
            int status = parseHeader(new String(response, 0, headerEnd, StandardCharsets.ISO_8859_1), headers);
            return new Exchange(uri, address, date, requestBytes, response, status, headers);
        } catch (SocketTimeoutException e) {
            throw new FetchException("no answer from " + where + " within " + seconds(settings.readTimeout())
                    + " (timeout)");
        } catch (SSLException e) {
            throw new FetchException("TLS with " + where + " failed: " + e.getMessage());
        } catch (IOException e) {
            throw new FetchException("reading from " + where + " failed: " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    private SSLSocket tls(Socket socket, String host, int port) throws IOException {
        SSLContext context;
        try {
            context = SSLContext.getDefault();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IOException("no TLS", e);
        }
        SSLSocket ssl = (SSLSocket) context.getSocketFactory().createSocket(socket, host, port, true);
        SSLParameters params = ssl.getSSLParameters();
        params.setEndpointIdentificationAlgorithm("HTTPS");
        if (!host.contains(":") && !host.matches("[0-9.]+")) {
            params.setServerNames(List.of(new SNIHostName(IDN.toASCII(host))));
        }
        ssl.setSSLParameters(params);
        ssl.startHandshake();
        return ssl;
    }

    /**
     * The response as sent, read to the end (the request asked the server to close), to its Content-Length, or to
     * the end of its chunks.
     */
    private byte[] readResponse(InputStream in, long deadline) throws IOException, FetchException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[16384];
        int headerEnd = -1;
        long contentLength = -1;
        boolean chunked = false;
        byte[] tail = new byte[7];
        int n;
        while ((n = in.read(chunk)) > 0) {
            buffer.write(chunk, 0, n);
            int keep = Math.max(0, tail.length - n);
            System.arraycopy(tail, tail.length - keep, tail, 0, keep);
            System.arraycopy(chunk, Math.max(0, n - tail.length), tail, keep, tail.length - keep);
            if (System.nanoTime() > deadline) {
                throw new FetchException("the response took longer than " + seconds(settings.totalTimeout())
                        + " (timeout)");
            }
            if (headerEnd < 0) {
                byte[] sofar = buffer.toByteArray();
                headerEnd = headerEnd(sofar);
                if (headerEnd < 0) {
                    if (sofar.length > MAX_HEADER_BYTES) {
                        throw new FetchException("the response header is longer than "
                                + Inputs.humanBytes(MAX_HEADER_BYTES));
                    }
                    continue;
                }
                Map<String, String> headers = new LinkedHashMap<>();
                parseHeader(new String(sofar, 0, headerEnd, StandardCharsets.ISO_8859_1), headers);
                String length = headers.get("content-length");
                if (length != null) {
                    try {
                        contentLength = Long.parseLong(length.strip());
                    } catch (NumberFormatException e) {
                        contentLength = -1;
                    }
                }
                if (contentLength > settings.maxBytes()) {
                    throw tooLarge(contentLength);
                }
                chunked = headers.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT)
                        .contains("chunked");
            }
            long body = buffer.size() - headerEnd;
            if (body > settings.maxBytes() + (chunked ? settings.maxBytes() / 16 + 1024 : 0)) {
                throw tooLarge(-1);
            }
            if (!chunked && contentLength >= 0 && body >= contentLength) {
                break;
            }
            if (chunked && body >= 5 && endsChunks(tail)) {
                break;
            }
        }
        byte[] response = buffer.toByteArray();
        if (headerEnd(response) < 0) {
            throw new FetchException(response.length == 0 ? "the server closed the connection without an answer"
                    : "not an HTTP response");
        }
        return response;
    }

    private FetchException tooLarge(long length) {
        return new FetchException("the response is larger than the per-document limit of "
                + Inputs.humanBytes(settings.maxBytes()) + (length > 0 ? " (" + Inputs.humanBytes(length) + ")" : "")
                + "; raise it with --max-document-size");
    }

    /** Whether the last bytes read end a chunked body: the last chunk ({@code 0}) and an empty trailer. */
    private static boolean endsChunks(byte[] tail) {
        String t = new String(tail, StandardCharsets.ISO_8859_1);
        return t.endsWith("\n0\r\n\r\n");
    }

    /** The offset just past the blank line that ends the header, or -1. */
    static int headerEnd(byte[] b) {
        for (int i = 0; i + 1 < b.length; i++) {
            if (b[i] == '\n') {
                if (b[i + 1] == '\n') {
                    return i + 2;
                }
                if (b[i + 1] == '\r' && i + 2 < b.length && b[i + 2] == '\n') {
                    return i + 3;
                }
            }
        }
        return -1;
    }

    /** Parses the status line and the header fields (names in lower case, first value kept); the status. */
    private static int parseHeader(String header, Map<String, String> fields) throws FetchException {
        String[] lines = header.split("\r?\n");
        String[] status = lines[0].strip().split(" ", 3);
        if (status.length < 2 || !status[0].startsWith("HTTP/")) {
            throw new FetchException("not an HTTP response");
        }
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                fields.putIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
        }
        try {
            return Integer.parseInt(status[1]);
        } catch (NumberFormatException e) {
            throw new FetchException("not an HTTP response (status " + status[1] + ")");
        }
    }

    private static int millis(Duration d) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, d.toMillis()));
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format(Locale.ROOT, "%.1f s",
                d.toMillis() / 1000.0);
    }
}
