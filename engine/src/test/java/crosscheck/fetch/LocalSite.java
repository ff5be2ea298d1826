package crosscheck.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;

/**
 * A web site on 127.0.0.1 for tests (the JDK's HTTP server): pages, redirects, robots.txt, slow, huge and gzipped
 * responses. Records each request's path, User-Agent and start time.
 */
public final class LocalSite implements AutoCloseable {

    /**
     * One request the site received: recorded when it arrives, before it is answered (a client that has its answer
     * finds its request among the hits); its end is set once the answer is written.
     */
    public static final class Hit {
        private final String path;
        private final String userAgent;
        private final long startNanos;
        private volatile long endNanos;

        Hit(String path, String userAgent, long startNanos) {
            this.path = path;
            this.userAgent = userAgent;
            this.startNanos = startNanos;
            this.endNanos = startNanos;
        }

        public String path() {
            return path;
        }

        public String userAgent() {
            return userAgent;
        }

        public long startNanos() {
            return startNanos;
        }

        /** When the answer was written (the start until then). */
        public long endNanos() {
            return endNanos;
        }

        @Override
        public String toString() {
            return path + " (" + userAgent + ")";
        }
    }

    /** Answers one request. */
    public interface Page {
        void answer(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    public final List<Hit> hits = new CopyOnWriteArrayList<>();

    public LocalSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "local-site");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    /** The URL of a path on this site. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Serves {@code page} at {@code path} (and below it). */
    public LocalSite on(String path, Page page) {
        server.createContext(path, exchange -> {
            Hit hit = new Hit(exchange.getRequestURI().toString(), exchange.getRequestHeaders()
                    .getFirst("User-Agent"), System.nanoTime());
            hits.add(hit);
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                page.answer(exchange);
            } catch (IOException e) {
                // the client went away (a timeout, a size limit): nothing to do
            } finally {
                hit.endNanos = System.nanoTime();
            }
        });
        return this;
    }

    /** A page with this content type and body. */
    public static Page body(int status, String contentType, byte[] body) {
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
        };
    }

    /** An HTML page in UTF-8. */
    public static Page html(String html) {
        return body(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** A redirect. */
    public static Page redirect(int status, String location) {
        return exchange -> {
            exchange.getResponseHeaders().set("Location", location);
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            byte[] body = ("<html><body>Moved to <a href='" + location + "'>here</a></body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        };
    }

    /** An HTML page sent gzipped. */
    public static Page gzipped(String html) {
        return exchange -> {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
                gz.write(html.getBytes(StandardCharsets.UTF_8));
            }
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            exchange.sendResponseHeaders(200, zipped.size());
            exchange.getResponseBody().write(zipped.toByteArray());
        };
    }

    /** {@code bytes} of HTML, sent chunked (no Content-Length). */
    public static Page huge(long bytes) {
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            byte[] block = "<p>Halvergate filler paragraph.</p>\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (long sent = 0; sent < bytes; sent += block.length) {
                out.write(block);
            }
        };
    }

    /** A page that waits before it answers. */
    public static Page slow(long millis, Page then) {
        return exchange -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            then.answer(exchange);
        };
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
