package crosscheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes the single inputs that once ran past two minutes each in {@code crosscheck analyze} (issue 21), so that
 * their times can be measured again: {@code java -jar bench/target/crosscheck-bench.jar slow-inputs DIR}, then
 * {@code time ./crosscheck analyze DIR/FILE --out /tmp/x} for each file. Every text is invented; the files are made
 * here rather than kept in the repository (several are megabytes).
 */
public final class SlowInputs {

    private static final String SENTENCE = "Officials in Lorne County said the Halvergate dam held after the storm";
    private static final String NEWS = "HALVERGATE - The Lorne County council voted on Tuesday to close the old "
            + "Halvergate bridge after inspectors found cracks in two of its piers, council chair Mara Brask told "
            + "reporters. The bridge, built in 1931, carries about 12,000 vehicles a day. Engineers from the state "
            + "transport office said repairs would cost at least $4.5 million and take eight months. Local business "
            + "owners warned that the closure would cut trade on Reyle Street by a third. \"We cannot wait for a "
            + "collapse,\" Brask said. A detour through Ostry will add 20 minutes to the commute, the council said. "
            + "The vote was 7 to 2.";

    private SlowInputs() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "slow-inputs");
        Files.createDirectories(dir);
        write(dir.resolve("flat-spans.html"), flatElements("<span>w</span>", 100_000));
        write(dir.resolve("flat-divs.html"), flatElements("<div>word</div>", 100_000));
        write(dir.resolve("flat-mixed.html"), flatElements("<b>a</b> <i>b</i><br>", 100_000));
        write(dir.resolve("one-sentence-spaces.txt"), oneSentence(2_000_000, " "));
        write(dir.resolve("one-sentence-commas.txt"), oneSentence(2_000_000, ", "));
        write(dir.resolve("one-sentence-wrapped.txt"), "Lorne County dam report\n\n"
                + wrap(oneSentence(2_000_000, " "), 72));
        write(dir.resolve("many-paragraphs.html"), manyParagraphs(50_000));
        write(dir.resolve("stacked-marks.txt"), stackedMarks(200, 5_000));
        write(dir.resolve("stacked-marks-prose.txt"), stackedMarksProse(400, 3_000));
        write(dir.resolve("marked-words.txt"), markedWords(200_000));
        write(dir.resolve("near-identical.jsonl"), nearIdentical(60));
        write(dir.resolve("near-identical-1000.jsonl"), nearIdentical(1_000));
        System.out.println("wrote the slow inputs to " + dir);
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** {@code <html><body>} and {@code n} copies of one element. */
    static String flatElements(String element, int n) {
        StringBuilder b = new StringBuilder("<html><head><title>Halvergate</title></head><body>");
        b.append(element.repeat(n));
        return b.append("</body></html>").toString();
    }

    /** One sentence of about {@code chars} characters: invented words with no full stop but the last. */
    static String oneSentence(int chars, String separator) {
        String[] words = (SENTENCE + " " + NEWS.replaceAll("[^A-Za-z ]", "")).split(" +");
        Random random = new Random(2);
        StringBuilder b = new StringBuilder(chars + 100);
        for (int i = 0; b.length() < chars; i++) {
            if (i > 0) {
                b.append(separator);
            }
            b.append(words[random.nextInt(words.length)]);
        }
        return b.append(".\n").toString();
    }

    /** {@code n} paragraphs of one short sentence each. */
    static String manyParagraphs(int n) {
        StringBuilder b = new StringBuilder("<html><head><title>Lorne County</title></head><body><article>");
        for (int i = 0; i < n; i++) {
            b.append("<p>").append(SENTENCE).append(" on day ").append(i).append(".</p>\n");
        }
        return b.append("</article></body></html>").toString();
    }

    /** {@code groups} runs of "a" followed by {@code marks} combining acute accents, separated by spaces. */
    static String stackedMarks(int groups, int marks) {
        String group = "a" + "\u0301".repeat(marks);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < groups; i++) {
            b.append(group).append(i % 10 == 9 ? ".\n" : " ");
        }
        return b.toString();
    }

    /** The text hard-wrapped at about {@code width} characters a line. */
    static String wrap(String text, int width) {
        StringBuilder b = new StringBuilder(text.length() + text.length() / width + 1);
        int line = 0;
        for (String w : text.strip().split(" ")) {
            if (line > 0 && line + w.length() >= width) {
                b.append('\n');
                line = 0;
            } else if (line > 0) {
                b.append(' ');
                line++;
            }
            b.append(w);
            line += w.length();
        }
        return b.append('\n').toString();
    }

    /**
     * A title and {@code paragraphs} paragraphs of news sentences in which one word of each sentence carries
     * {@code marks} combining acute accents on its first letter.
     */
    static String stackedMarksProse(int paragraphs, int marks) {
        StringBuilder b = new StringBuilder("Lorne County storm report\n\n");
        String stacked = "\u0301".repeat(marks);
        for (int p = 0; p < paragraphs; p++) {
            for (int k = 0; k < 3; k++) {
                b.append("Officials in Lorne County said the Halvergate dam h").append(stacked)
                        .append("eld after the storm on day ").append(p).append(". ");
            }
            b.append("\n\n");
        }
        return b.toString();
    }

    /** About {@code words} words each of whose letters carries one to three combining marks. */
    static String markedWords(int words) {
        String[] w = SENTENCE.split(" ");
        String[] marks = {"\u0301", "\u0300", "\u0308", "\u0327"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            for (char c : w[i % w.length].toCharArray()) {
                b.append(c);
                for (int m = 0; m <= (c + i) % 3; m++) {
                    b.append(marks[(c + m) % marks.length]);
                }
            }
            b.append(i % 60 == 59 ? ".\n\n" : i % 12 == 11 ? ". " : " ");
        }
        return b.toString();
    }

    /** {@code n} JSONL records of one news text, each with a few characters changed at random (fixed seed). */
    static String nearIdentical(int n) {
        Random random = new Random(21);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            char[] text = NEWS.toCharArray();
            for (int k = 0; k < 4; k++) {
                int at = random.nextInt(text.length);
                if (Character.isLetter(text[at])) {
                    text[at] = (char) ('a' + random.nextInt(26));
                }
            }
            List<String> fields = new ArrayList<>();
            fields.add("\"url\":\"https://outlet" + (i % 20) + ".example/bridge-" + i + "\"");
            fields.add("\"title\":\"Lorne County closes Halvergate bridge\"");
            fields.add("\"date\":\"2026-03-1" + (i % 10) + "\"");
            fields.add("\"text\":\"" + new String(text).replace("\"", "\\\"") + "\"");
            b.append('{').append(String.join(",", fields)).append("}\n");
        }
        return b.toString();
    }
}
