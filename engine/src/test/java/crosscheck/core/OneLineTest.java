package crosscheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OneLineTest {

    @Test
    void lineBreaksAndTerminalCodesAreWrittenAsEscapes() {
        assertEquals("in/a\\nb.txt", OneLine.of("in/a\nb.txt"));
        assertEquals("\\x1b[31mred.txt\\r\\t\\x00\\x7f\\x9b", OneLine.of("\u001B[31mred.txt\r\t\u0000\u007F\u009B"));
        assertEquals("evil\\u202etxt.exe \\u2028 \\ud800", OneLine.of("evil\u202Etxt.exe \u2028 \uD800"));
    }

    @Test
    void ordinaryTextIsKeptAsTheSameString() {
        String name = "examples/Brask – café \\ 東京 \uD83D\uDE21.txt";
        assertSame(name, OneLine.of(name));
    }

    @Test
    void aProblemLineIsAlwaysOneLineWithoutControlCharacters() {
        Problem p = Problem.error("bad-json", SourceRef.of("in/a\nb\u001B[2J.jsonl", "line\r3"), "not JSON:\n'{\u0007'");
        String line = p.line();
        assertEquals("in/a\\nb\\x1b[2J.jsonl, line\\r3: error: not JSON:\\n'{\\x07' [bad-json]", line);
        assertTrue(line.chars().noneMatch(Character::isISOControl));
    }
}
