package crosscheck.bench;

import crosscheck.bench.ClusteringSplit.Role;
import crosscheck.core.Article;
import crosscheck.core.SourceRef;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads the story-clustering gold sets in {@code ../shared/data} into {@link ClusteringSplit}s. Each method reads
 * one data set in the format its {@code README.md} describes; none looks for held-back files.
 */
final class ClusteringCorpora {

    /** Seed of the UCI subsample, so that every run scores the same headlines. */
    private static final long UCI_SEED = 20140310L;
    private static final Pattern TOKEN = Pattern.compile("<token\\b([^>]*)>([^<]*)</token>");
    private static final Pattern SENTENCE_ATTR = Pattern.compile("\\bsentence=\"(\\d+)\"");
    private static final Pattern T_ID_ATTR = Pattern.compile("\\bt_id=\"(\\d+)\"");
    private static final Pattern NO_SPACE_BEFORE =
            Pattern.compile("[.,;:!?)\\]}%”’]+|['’](?:s|S|re|ve|ll|d|m)|n['’]t|''");
    private static final Pattern NO_SPACE_AFTER = Pattern.compile("[(\\[{$“‘]|``");
    /** GVC's paragraph-break token. */
    private static final Pattern GVC_BREAK = Pattern.compile("(?:\\s*//n)+\\s*");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern WIKIREF_LABEL = Pattern.compile("^(.*?)(?:\\s*\\(\\d+\\)|\\.\\d+)\\.txt$");

    private ClusteringCorpora() {
    }

    /**
     * ECB+: the documents listed in {@code derived/documents.tsv} (train and dev topics; the test topics are held
     * back), gold = sub-topic ({@code 1_ecb}, {@code 1_ecbplus}), block = topic. The URL line that opens every
     * {@code *ecbplus.xml} document (and no {@code *ecb.xml} one) is dropped: it would tell the two sub-topics apart
     * by markup rather than by content.
     */
    static List<ClusteringSplit> ecbPlus(Path dir) throws IOException {
        Map<String, List<ClusteringItem>> bySplit = new TreeMap<>();
        for (String[] row : tsvRows(dir.resolve("derived/documents.tsv"))) {
            String doc = row[0];
            String topic = row[1];
            String body = ecbText(dir.resolve("ECB+").resolve(topic).resolve(doc));
            bySplit.computeIfAbsent(row[3], s -> new ArrayList<>())
                    .add(new ClusteringItem(article(doc, null, body), row[2], topic));
        }
        List<ClusteringSplit> splits = new ArrayList<>();
        bySplit.forEach((name, items) -> splits.add(new ClusteringSplit("ecbplus", name,
                name.equals("dev") ? Role.DEV : Role.HELD_OUT, items)));
        splits.sort(Comparator.comparing(ClusteringSplit::role));
        return splits;
    }

    /** The detokenised text of one ECB+ XML document: its sentences in order, minus URL lines, as one paragraph. */
    private static String ecbText(Path xml) throws IOException {
        return ecbSentences(xml).values().stream()
                .filter(tokens -> !isUrlLine(tokens))
                .map(ClusteringCorpora::detokenize)
                .collect(Collectors.joining(" "));
    }

    /** One token of an ECB+ XML document: its {@code t_id} (-1 when it has none) and its text. */
    record EcbToken(int id, String text) {
    }

    /**
     * The tokens of one ECB+ XML document by sentence number ({@code sentence} attribute, -1 when a token has none),
     * in order.
     */
    static Map<Integer, List<EcbToken>> ecbTokens(Path xml) throws IOException {
        Map<Integer, List<EcbToken>> sentences = new TreeMap<>();
        Matcher m = TOKEN.matcher(Files.readString(xml, StandardCharsets.UTF_8));
        while (m.find()) {
            Matcher s = SENTENCE_ATTR.matcher(m.group(1));
            int sentence = s.find() ? Integer.parseInt(s.group(1)) : -1;
            Matcher id = T_ID_ATTR.matcher(m.group(1));
            sentences.computeIfAbsent(sentence, k -> new ArrayList<>())
                    .add(new EcbToken(id.find() ? Integer.parseInt(id.group(1)) : -1, unescapeXml(m.group(2))));
        }
        return sentences;
    }

    /** One ECB+ document rebuilt: its text, each token's character span by token id, each sentence's by number. */
    record EcbDocument(String text, Map<Integer, int[]> tokenSpans, Map<Integer, int[]> sentenceSpans) {
    }

    /** An ECB+ document's sentences, one paragraph each, detokenised as the clustering corpora are, with token spans. */
    static EcbDocument ecbDocument(Path xml) throws IOException {
        StringBuilder text = new StringBuilder();
        Map<Integer, int[]> spans = new HashMap<>();
        Map<Integer, int[]> sentenceSpans = new HashMap<>();
        for (Map.Entry<Integer, List<EcbToken>> e : ecbTokens(xml).entrySet()) {
            if (e.getKey() < 0) {
                continue; // tokens outside any sentence
            }
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int sentenceStart = text.length();
            boolean glueNext = true;
            String previous = "";
            String beforePrevious = "";
            for (EcbToken token : e.getValue()) {
                if (token.id() < 0) {
                    continue;
                }
                String t = token.text().equals("``") || token.text().equals("''") ? "\"" : token.text();
                // "4 : 59" was "4:59" before ECB+ tokenised it.
                boolean clock = previous.equals(":") && beforePrevious.matches("\\d{1,2}") && t.matches("\\d\\d\\p{L}*");
                if (!glueNext && !clock && !noSpaceBefore(token.text())) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(t);
                spans.put(token.id(), new int[] {start, text.length()});
                glueNext = noSpaceAfter(token.text());
                beforePrevious = previous;
                previous = t;
            }
            sentenceSpans.put(e.getKey(), new int[] {sentenceStart, text.length()});
        }
        return new EcbDocument(text.toString(), spans, sentenceSpans);
    }

    /** The tokens of one ECB+ XML document by sentence number ({@code sentence} attribute), in order. */
    static Map<Integer, List<String>> ecbSentences(Path xml) throws IOException {
        Map<Integer, List<String>> sentences = new TreeMap<>();
        ecbTokens(xml).forEach((n, tokens) -> sentences.put(n,
                new ArrayList<>(tokens.stream().map(EcbToken::text).toList())));
        return sentences;
    }

    /** True for an empty sentence or the URL line that opens every {@code *ecbplus.xml} document. */
    static boolean isUrlLine(List<String> tokens) {
        return tokens.isEmpty() || tokens.get(0).startsWith("http");
    }

    /**
     * GVC dev: the 78 documents of {@code dev/dataset.conll} (the test split is held back), gold = incident.
     * Sentence 0 (the publication date, {@code 2015-01-21}) becomes the article's publication date, sentence 1 is the headline, the rest the body, with the
     * corpus's {@code //n} tokens turned back into paragraph breaks.
     */
    static ClusteringSplit gvcDev(Path dir) throws IOException {
        Map<String, Map<Integer, List<String>>> docs = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve("dev/dataset.conll"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (line.startsWith("#") || f.length < 4) {
                continue;
            }
            docs.computeIfAbsent(f[0], k -> new TreeMap<>())
                    .computeIfAbsent(Integer.parseInt(f[1]), k -> new ArrayList<>()).add(f[3]);
        }
        List<ClusteringItem> items = new ArrayList<>();
        docs.forEach((key, sentences) -> items.add(gvcItem(key, sentences)));
        return new ClusteringSplit("gvc", "dev", Role.DEV, items);
    }

    private static ClusteringItem gvcItem(String key, Map<Integer, List<String>> sentences) {
        String[] parts = key.split("/");
        String title = detokenize(sentences.getOrDefault(1, List.of()));
        String body = sentences.entrySet().stream()
                .filter(e -> e.getKey() >= 2)
                .map(e -> detokenize(e.getValue()))
                .collect(Collectors.joining(" "));
        body = GVC_BREAK.matcher(body).replaceAll("\n\n").strip();
        String id = parts[parts.length - 1];
        String published = detokenize(sentences.getOrDefault(0, List.of())).strip();
        return new ClusteringItem(article(id, title.isBlank() ? null : title, body.isBlank() ? title : body,
                ISO_DATE.matcher(published).matches() ? published : null), parts[1], "all");
    }

    /**
     * UCI News Aggregator prefix: headlines with the aggregator's story ids, dated by their timestamp. The data has no split, so stories are
     * dealt alternately (in order of first appearance) to split A (tuning) and split B (held out); each split is then
     * capped at {@code max} headlines by a seeded random sample, which keeps every story's share roughly intact.
     */
    static List<ClusteringSplit> uci(Path dir, int max) throws IOException {
        List<List<String>> rows = csvRecords(Files.readString(dir.resolve("uci-news-aggregator.first6366.csv"),
                StandardCharsets.UTF_8));
        List<String> header = rows.get(0);
        int idCol = header.indexOf("ID");
        int titleCol = header.indexOf("TITLE");
        int storyCol = header.indexOf("STORY");
        int timeCol = header.indexOf("TIMESTAMP");
        Map<String, Integer> storyOrder = new LinkedHashMap<>();
        List<List<ClusteringItem>> halves = List.of(new ArrayList<>(), new ArrayList<>());
        for (List<String> row : rows.subList(1, rows.size())) {
            String story = row.get(storyCol);
            int half = storyOrder.computeIfAbsent(story, s -> storyOrder.size()) % 2;
            String headline = row.get(titleCol).strip();
            String published = Instant.ofEpochMilli(Long.parseLong(row.get(timeCol).strip())).toString();
            halves.get(half).add(new ClusteringItem(article("uci-" + row.get(idCol), headline, headline, published),
                    story, "all"));
        }
        return List.of(uciSplit("A", Role.DEV, halves.get(0), max), uciSplit("B", Role.HELD_OUT, halves.get(1), max));
    }

    private static ClusteringSplit uciSplit(String name, Role role, List<ClusteringItem> all, int max) {
        String parity = name.equals("A") ? "1st, 3rd, 5th" : "2nd, 4th, 6th";
        String note = "stories " + parity + "... in file order: " + all.size() + " headlines"
                + (all.size() > max ? ", seeded sample of " + max + " (--max " + max + ")" : ", all used");
        return new ClusteringSplit("uci", name, role, sample(all, max), note);
    }

    private static List<ClusteringItem> sample(List<ClusteringItem> items, int max) {
        if (items.size() <= max) {
            return items;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(UCI_SEED));
        return order.subList(0, max).stream().sorted().map(items::get).toList();
    }

    /**
     * WikiRef150/186/220: one plain-text article per file (first non-blank line = headline, the other non-blank
     * lines = paragraphs; Windows-1252 unless the bytes are valid UTF-8), gold = the file name without its number.
     * The small "noise" topics count as gold clusters of their own.
     */
    static List<ClusteringSplit> wikiRef(Path dir) throws IOException {
        List<ClusteringSplit> splits = new ArrayList<>();
        for (String name : List.of("WikiRef150", "WikiRef186", "WikiRef220")) {
            List<ClusteringItem> items = new ArrayList<>();
            for (Path file : sortedFiles(dir.resolve(name))) {
                items.add(wikiRefItem(file));
            }
            splits.add(new ClusteringSplit("wikiref", name, Role.SANITY, items));
        }
        return splits;
    }

    private static ClusteringItem wikiRefItem(Path file) throws IOException {
        String fileName = file.getFileName().toString();
        Matcher m = WIKIREF_LABEL.matcher(fileName);
        String gold = m.matches() ? m.group(1) : fileName;
        List<String> lines = decode(Files.readAllBytes(file)).lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
        if (lines.isEmpty()) {
            throw new IOException("empty article " + file);
        }
        String title = lines.get(0);
        String body = lines.size() > 1 ? String.join("\n\n", lines.subList(1, lines.size())) : title;
        return new ClusteringItem(article(fileName, title, body), gold, "all");
    }

    private static List<Path> sortedFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static Article article(String id, @Nullable String title, String body) {
        return article(id, title, body, null);
    }

    private static Article article(String id, @Nullable String title, String body, @Nullable String published) {
        if (body.isBlank()) {
            throw new IllegalArgumentException("document " + id + " has no text");
        }
        return new Article(id, SourceRef.of(id), null, null, title, null, published, body.strip(), List.of());
    }

    /** Whether {@link #detokenize} glues the token to the one before it (closing punctuation, clitics). */
    static boolean noSpaceBefore(String token) {
        return NO_SPACE_BEFORE.matcher(token).matches();
    }

    /** Whether {@link #detokenize} glues the next token to this one (opening brackets and quotes). */
    static boolean noSpaceAfter(String token) {
        return NO_SPACE_AFTER.matcher(token).matches();
    }

    /** Joins tokens with spaces, except before closing punctuation and clitics and after opening brackets. */
    static String detokenize(List<String> tokens) {
        StringBuilder sb = new StringBuilder();
        boolean glueNext = true;
        for (String token : tokens) {
            String t = token.equals("``") || token.equals("''") ? "\"" : token;
            if (!glueNext && !NO_SPACE_BEFORE.matcher(token).matches()) {
                sb.append(' ');
            }
            sb.append(t);
            glueNext = NO_SPACE_AFTER.matcher(token).matches();
        }
        return sb.toString();
    }

    private static String unescapeXml(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&amp;", "&");
    }

    static List<String[]> tsvRows(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        return lines.subList(1, lines.size()).stream()
                .filter(l -> !l.isBlank())
                .map(l -> l.split("\t"))
                .toList();
    }

    /** RFC 4180 records: comma-separated, double-quoted fields may hold commas, newlines and doubled quotes. */
    static List<List<String>> csvRecords(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
