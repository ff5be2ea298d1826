package crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.Problem;
import crosscheck.core.SourceRef;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private final List<Problem> problems = new ArrayList<>();
    private final SourceRef where = SourceRef.of("page.html");

    @Test
    void decodesUtf8WithoutProblems() {
        String s = TextDecoder.decode("Zelensky – “quoted”".getBytes(StandardCharsets.UTF_8), null, false, where,
                problems::add);
        assertEquals("Zelensky – “quoted”", s);
        assertTrue(problems.isEmpty());
    }

    @Test
    void stripsUtf8ByteOrderMark() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
        assertEquals("hi", TextDecoder.decode(bytes, null, false, where, problems::add));
    }

    @Test
    void readsUtf16WithByteOrderMark() {
        byte[] body = "hé".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        assertEquals("hé", TextDecoder.decode(bytes, null, false, where, problems::add));
    }

    @Test
    void followsDeclaredCharset() {
        byte[] bytes = "café".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("café", TextDecoder.decode(bytes, "ISO-8859-1", false, where, problems::add));
        assertTrue(problems.isEmpty());
    }

    @Test
    void followsHtmlMetaCharset() {
        byte[] bytes = "<html><head><meta charset=\"windows-1252\"></head><body>caf\u00e9</body>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(TextDecoder.decode(bytes, null, true, where, problems::add).contains("café"));
    }

    @Test
    void aSingleByteCharsetDeclaredOnUtf8BytesYieldsToUtf8() {
        byte[] bytes = "<html><head><meta charset=\"iso-8859-1\"></head><body>Brask får en flyvende start på året</body>"
                .getBytes(StandardCharsets.UTF_8);
        String s = TextDecoder.decode(bytes, null, true, where, problems::add);
        assertTrue(s.contains("får en flyvende start på"), s);
        assertEquals("charset-mismatch", problems.get(0).code());
        assertTrue(problems.get(0).message().contains("windows-1252"), problems.get(0).message()); // the WHATWG name of the label
        problems.clear();
        assertEquals("Brask får", TextDecoder.decode("Brask får".getBytes(StandardCharsets.UTF_8), "windows-1252",
                false, where, problems::add));
        problems.clear();
        byte[] latin = "Brask får en start på året".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("Brask får en start på året", TextDecoder.decode(latin, "ISO-8859-1", false, where,
                problems::add), "real Latin-1 text stays Latin-1");
        assertTrue(problems.isEmpty());
    }

    @Test
    void aMultiByteCharsetDeclaredOnUtf8BytesYieldsToUtf8() {
        String korean = "할버게이트 페리가 금요일에 운항을 재개했다. 브라스크 주민들은 환영했다.";
        byte[] page = ("<html><head><meta charset=\"euc-kr\"></head><body>" + korean + "</body>")
                .getBytes(StandardCharsets.UTF_8);
        String s = TextDecoder.decode(page, null, true, where, problems::add);
        assertTrue(s.contains(korean), s);
        assertEquals("charset-mismatch", problems.get(0).code());
        problems.clear();
        Charset eucKr = Charset.forName("EUC-KR");
        assertEquals(korean, TextDecoder.decode(korean.getBytes(eucKr), "euc-kr", false, where, problems::add),
                "real EUC-KR text stays EUC-KR");
        assertTrue(problems.isEmpty());
        assertNotEquals("가", TextDecoder.decode("가".getBytes(StandardCharsets.UTF_8), "euc-kr", false, where,
                problems::add), "one character that reads as UTF-8 is too little to overrule the declaration");
    }

    @Test
    void replacesAndReportsInvalidUtf8() {
        byte[] bytes = {'a', (byte) 0xE9, 'b', (byte) 0xFF, 'c'};
        String s = TextDecoder.decode(bytes, null, false, where, problems::add);
        assertEquals("a\uFFFDb\uFFFDc", s);
        assertEquals(1, problems.size());
        Problem p = problems.get(0);
        assertEquals("undecodable-bytes", p.code());
        assertEquals("page.html", p.location());
        assertTrue(p.message().contains("2 byte sequences"), p.message());
        assertTrue(p.message().contains("first at byte 1"), p.message());
    }

    @Test
    void reportsUnknownCharsetAndFallsBackToUtf8() {
        String s = TextDecoder.decode("ok".getBytes(StandardCharsets.UTF_8), "no-such-charset", false, where,
                problems::add);
        assertEquals("ok", s);
        assertEquals("unknown-charset", problems.get(0).code());
    }
}
