/**
 * Fetching web pages given as URLs: {@link crosscheck.fetch.Fetcher} downloads them with OkHttp, politely (robots.txt, one
 * request at a time per host with a delay between them, bounded redirects, sizes and times) and safely (http and
 * https only; private, loopback, link-local, unique-local, multicast and unspecified addresses refused unless
 * allowed, checked by the resolver OkHttp is given and on every redirect, and the connection made only to the
 * addresses checked), and
 * writes each raw response as a WARC record. The pipeline then reads that WARC file like any other input, so an
 * analysis of fetched pages can be run again without the network by giving it the WARC file.
 *
 * <pre>{@code
 * Fetcher fetcher = new Fetcher(Fetcher.Settings.defaults("crosscheck/1.0"));
 * Fetcher.Outcome o = fetcher.fetchAll(List.of("https://example.com/a"), Path.of("out/fetched.warc.gz"), l -> { });
 * o.problems().forEach(p -> System.err.println(p.line()));
 * }</pre>
 */
@NullMarked
package crosscheck.fetch;

import org.jspecify.annotations.NullMarked;
