#!/usr/bin/env python3
"""Build examples/crawl.warc.gz from the HTML pages in scripts/warc-src/.

Python 3 standard library only. The output is byte-for-byte deterministic:
fixed WARC-Dates, record IDs derived with uuid5 from fixed names, and every
gzip member written with mtime=0 and no file name.

Layout of the resulting file (one gzip member per record, WARC/1.1):

  1. warcinfo
  2. response  http://<host of first page>/robots.txt   (text/plain; a reader should skip it)
  3. request   GET <first page URL>
  4. response  <first page URL>    (text/html; charset=utf-8)
  5. response  <second page URL>   (text/html; charset=utf-8)
  ...

Each page's target URI is taken from its <link rel="canonical"> element.

Usage:  python3 scripts/make-example-warc.py [output-path]
"""

import base64
import datetime
import gzip
import hashlib
import re
import sys
import uuid
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
SRC_DIR = ROOT / "scripts" / "warc-src"
DEFAULT_OUT = ROOT / "examples" / "crawl.warc.gz"

# Fixed crawl start; each record is stamped a little later than the previous one.
CRAWL_START = datetime.datetime(2026, 3, 13, 7, 30, 0, tzinfo=datetime.timezone.utc)
UUID_NAMESPACE = uuid.UUID("6f1c2a4e-3b7d-5e90-a1c4-0d2e8f6b9a31")
SOFTWARE = "crosscheck-example-warc/1.0 (scripts/make-example-warc.py)"
CRLF = b"\r\n"

ROBOTS_TXT = (
    "# robots.txt for the Westmarch Observer\n"
    "User-agent: *\n"
    "Disallow: /search\n"
    "Disallow: /signin\n"
    "Allow: /\n"
    "\n"
    "Sitemap: https://www.westmarchobserver.example/sitemaps/news.xml\n"
)


def record_id(name):
    return "<urn:uuid:%s>" % uuid.uuid5(UUID_NAMESPACE, name)


def warc_date(step):
    t = CRAWL_START + datetime.timedelta(seconds=7 * step)
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def http_date(step):
    t = CRAWL_START + datetime.timedelta(seconds=7 * step)
    return t.strftime("%a, %d %b %Y %H:%M:%S GMT")


def sha1_digest(data):
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def canonical_url(html):
    m = re.search(r'<link\s+rel="canonical"\s+href="([^"]+)"', html)
    if not m:
        raise SystemExit("no <link rel=\"canonical\"> found")
    return m.group(1)


def build_record(warc_type, headers, block):
    """Serialise one WARC record: header lines, blank line, block, two CRLFs."""
    lines = ["WARC/1.1", "WARC-Type: " + warc_type]
    lines += ["%s: %s" % (k, v) for k, v in headers]
    lines.append("Content-Length: %d" % len(block))
    head = "\r\n".join(lines).encode("utf-8") + CRLF + CRLF
    return head + block + CRLF + CRLF


def http_response(status_line, content_type, body, step, server, extra=()):
    head = [
        status_line,
        "Date: " + http_date(step),
        "Server: " + server,
        "Content-Type: " + content_type,
        "Content-Length: %d" % len(body),
    ]
    head += list(extra)
    head.append("Connection: close")
    return ("\r\n".join(head) + "\r\n\r\n").encode("utf-8") + body


def verify(path):
    """Re-read the file member by member and check lengths and digests."""
    import zlib
    data = path.read_bytes()
    pos, count = 0, 0
    while pos < len(data):
        d = zlib.decompressobj(wbits=31)
        rec = d.decompress(data[pos:]) + d.flush()
        if not d.eof:
            raise SystemExit("truncated gzip member at offset %d" % pos)
        pos = len(data) - len(d.unused_data)
        count += 1
        head, _, rest = rec.partition(CRLF + CRLF)
        fields = dict(line.split(": ", 1) for line in head.decode("utf-8").split("\r\n")[1:])
        length = int(fields["Content-Length"])
        block = rest[:length]
        if len(rest) != length + 4 or rest[length:] != CRLF + CRLF:
            raise SystemExit("record %d: Content-Length %d does not match block" % (count, length))
        if "WARC-Block-Digest" in fields and fields["WARC-Block-Digest"] != sha1_digest(block):
            raise SystemExit("record %d: block digest mismatch" % count)
        if fields["WARC-Type"] == "response":
            http_head, _, body = block.partition(CRLF + CRLF)
            http_fields = dict(line.split(": ", 1) for line in http_head.decode("latin-1").split("\r\n")[1:])
            if int(http_fields["Content-Length"]) != len(body):
                raise SystemExit("record %d: HTTP Content-Length mismatch" % count)
            if fields["WARC-Payload-Digest"] != sha1_digest(body):
                raise SystemExit("record %d: payload digest mismatch" % count)
        print("  %d %-8s %s" % (count, fields["WARC-Type"], fields.get("WARC-Target-URI", "")))
    print("verified %d records" % count)


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT
    pages = sorted(SRC_DIR.glob("*.html"))
    # Put the Westmarch Observer first so the robots.txt/request records belong to it.
    pages.sort(key=lambda p: (0 if "westmarch-observer" in p.name else 1, p.name))
    if len(pages) < 2:
        raise SystemExit("expected at least two HTML pages in %s" % SRC_DIR)

    records = []
    step = 0

    info = (
        "software: %s\r\n"
        "format: WARC File Format 1.1\r\n"
        "conformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n"
        "isPartOf: crosscheck-example-crawl\r\n"
        "description: Fictional example crawl for the crosscheck test corpus. All outlets, people and places are invented.\r\n"
        "robots: obey\r\n"
    ) % SOFTWARE
    records.append(build_record("warcinfo", [
        ("WARC-Date", warc_date(step)),
        ("WARC-Filename", out.name),
        ("WARC-Record-ID", record_id("warcinfo")),
        ("Content-Type", "application/warc-fields"),
    ], info.encode("utf-8")))
    info_id = record_id("warcinfo")

    for index, page in enumerate(pages):
        html_bytes = page.read_bytes()
        url = canonical_url(html_bytes.decode("utf-8"))
        parts = urlsplit(url)

        if index == 0:
            # A non-HTML response that a reader should skip.
            step += 1
            robots_url = "%s://%s/robots.txt" % (parts.scheme, parts.netloc)
            robots_body = ROBOTS_TXT.encode("utf-8")
            block = http_response("HTTP/1.1 200 OK", "text/plain; charset=utf-8",
                                  robots_body, step, "nginx")
            records.append(build_record("response", [
                ("WARC-Target-URI", robots_url),
                ("WARC-Date", warc_date(step)),
                ("WARC-Record-ID", record_id("response " + robots_url)),
                ("WARC-Warcinfo-ID", info_id),
                ("WARC-IP-Address", "192.0.2.41"),
                ("Content-Type", "application/http; msgtype=response"),
                ("WARC-Payload-Digest", sha1_digest(robots_body)),
                ("WARC-Block-Digest", sha1_digest(block)),
            ], block))

            # The request that fetched the first page.
            step += 1
            req = (
                "GET %s HTTP/1.1\r\n"
                "Host: %s\r\n"
                "User-Agent: crosscheck-example-crawler/1.0 (+https://crosscheck.example/bot)\r\n"
                "Accept: text/html,application/xhtml+xml;q=0.9,*/*;q=0.8\r\n"
                "Accept-Language: en\r\n"
                "Connection: close\r\n"
                "\r\n"
            ) % (parts.path or "/", parts.netloc)
            req_bytes = req.encode("utf-8")
            records.append(build_record("request", [
                ("WARC-Target-URI", url),
                ("WARC-Date", warc_date(step)),
                ("WARC-Record-ID", record_id("request " + url)),
                ("WARC-Concurrent-To", record_id("response " + url)),
                ("WARC-Warcinfo-ID", info_id),
                ("Content-Type", "application/http; msgtype=request"),
                ("WARC-Block-Digest", sha1_digest(req_bytes)),
            ], req_bytes))

        step += 1
        block = http_response("HTTP/1.1 200 OK", "text/html; charset=utf-8", html_bytes,
                              step, "nginx" if index == 0 else "Apache",
                              extra=("Cache-Control: max-age=60", "Vary: Accept-Encoding"))
        records.append(build_record("response", [
            ("WARC-Target-URI", url),
            ("WARC-Date", warc_date(step)),
            ("WARC-Record-ID", record_id("response " + url)),
            ("WARC-Warcinfo-ID", info_id),
            ("WARC-IP-Address", "192.0.2.%d" % (41 + index * 10)),
            ("Content-Type", "application/http; msgtype=response"),
            ("WARC-Payload-Digest", sha1_digest(html_bytes)),
            ("WARC-Block-Digest", sha1_digest(block)),
        ], block))

    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "wb") as fh:
        for rec in records:
            fh.write(gzip.compress(rec, compresslevel=9, mtime=0))
    print("wrote %s: %d records, %d bytes" % (out, len(records), out.stat().st_size))
    verify(out)


if __name__ == "__main__":
    main()
