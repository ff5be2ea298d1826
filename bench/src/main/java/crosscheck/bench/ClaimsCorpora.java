package crosscheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads the gold sets of claim alignment in {@code ../shared/data}: documents split into numbered sentences, grouped
 * into stories, with the cross-document event chains each sentence mentions. Each method reads one data set in the
 * format its {@code README.md} describes; none looks for held-back files.
 */
final class ClaimsCorpora {

    private static final DateTimeFormatter WIKINEWS_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    private ClaimsCorpora() {
    }

    /**
     * One document.
     *
     * @param id        unique in its set
     * @param story     the gold story it belongs to
     * @param title     its headline when the data mark one
     * @param published its publication date (ISO 8601) when the data give one
     * @param sentences the sentences of its body, in order
     */
    record Doc(String id, String story, @Nullable String title, @Nullable String published, List<Line> sentences) {
        Doc {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(story, "story");
            sentences = List.copyOf(sentences);
            if (sentences.isEmpty()) {
                throw new IllegalArgumentException("document " + id + " has no sentences");
            }
        }
    }

    /** One sentence of a document: its number in the data set and its detokenised text. */
    record Line(int number, String text) {
    }

    /** A sentence of a document, by its number in the data set. */
    record SentenceRef(String doc, int number) implements Comparable<SentenceRef> {
        private static final Comparator<SentenceRef> ORDER =
                Comparator.comparing(SentenceRef::doc).thenComparingInt(SentenceRef::number);

        @Override
        public int compareTo(SentenceRef o) {
            return ORDER.compare(this, o);
        }

        @Override
        public String toString() {
            return doc + "#" + number;
        }
    }

    /**
     * One split of a data set.
     *
     * @param corpus    the data set ({@code ecbplus}, {@code meantime})
     * @param split     its split
     * @param dev       true when the threshold may be tuned on it
     * @param docs      its documents, story by story; within a story in the order they were published (undated ones
     *                  in data order)
     * @param validated the sentences that are scored
     * @param chains    the cross-document event chains each sentence has a mention of (sentences with none left out)
     * @param note      how the set was read, for the output
     */
    record ClaimsSet(String corpus, String split, boolean dev, List<Doc> docs, Set<SentenceRef> validated,
                     Map<SentenceRef, Set<String>> chains, String note) {
        ClaimsSet {
            docs = List.copyOf(docs);
            validated = Set.copyOf(validated);
            chains = Map.copyOf(chains);
        }

        String label() {
            return corpus + " " + split;
        }
    }

    /**
     * ECB+: the documents of {@code derived/documents.tsv} (train and dev topics; the test topics are held back), one
     * story per sub-topic, every XML sentence but the URL line of {@code *ecbplus.xml} documents. Scored sentences:
     * those of {@code ECBplus_coreference_sentences.csv}. Chains: the {@code CROSS_DOC_COREF} chains of event mentions
     * ({@code ACTION_*}, {@code NEG_ACTION_*}) in {@code derived/mentions.tsv}.
     */
    static List<ClaimsSet> ecbPlus(Path dir) throws IOException {
        Map<String, List<Doc>> bySplit = new TreeMap<>();
        for (String[] row : ClusteringCorpora.tsvRows(dir.resolve("derived/documents.tsv"))) {
            String doc = row[0];
            List<Line> lines = new ArrayList<>();
            ClusteringCorpora.ecbSentences(dir.resolve("ECB+").resolve(row[1]).resolve(doc)).forEach((n, tokens) -> {
                if (!ClusteringCorpora.isUrlLine(tokens)) {
                    lines.add(new Line(n, ClusteringCorpora.detokenize(tokens)));
                }
            });
            bySplit.computeIfAbsent(row[3], s -> new ArrayList<>()).add(new Doc(doc, row[2], null, null, lines));
        }
        Set<SentenceRef> validated = ecbValidated(dir.resolve("ECBplus_coreference_sentences.csv"));
        Map<SentenceRef, Set<String>> chains = ecbEventChains(dir.resolve("derived/mentions.tsv"));
        List<ClaimsSet> sets = new ArrayList<>();
        bySplit.forEach((split, docs) -> sets.add(subset("ecbplus", split, split.equals("dev"), docs, validated, chains,
                "one story per sub-topic, no dates; scored: validated sentences; gold: cross-doc event chains")));
        sets.sort(Comparator.comparing((ClaimsSet s) -> !s.dev()));
        return sets;
    }

    private static Set<SentenceRef> ecbValidated(Path csv) throws IOException {
        List<List<String>> rows = ClusteringCorpora.csvRecords(Files.readString(csv, StandardCharsets.UTF_8));
        Set<SentenceRef> out = new HashSet<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() >= 3) {
                out.add(new SentenceRef(row.get(0) + "_" + row.get(1) + ".xml", Integer.parseInt(row.get(2).strip())));
            }
        }
        return out;
    }

    private static Map<SentenceRef, Set<String>> ecbEventChains(Path tsv) throws IOException {
        Map<SentenceRef, Set<String>> out = new HashMap<>();
        for (String[] row : ClusteringCorpora.tsvRows(tsv)) {
            String tag = row[5];
            boolean event = tag.startsWith("ACTION_") || tag.startsWith("NEG_ACTION_");
            if (event && row[13].equals("CROSS_DOC_COREF")) {
                out.computeIfAbsent(new SentenceRef(row[0], Integer.parseInt(row[7])), k -> new HashSet<>())
                        .add(row[12]);
            }
        }
        return out;
    }

    /**
     * MEANTIME (English): the 120 documents of {@code dataset.conll}, one story per topic corpus (its only gold
     * grouping, broader than one event). Sentence 0 is the headline and sentence 1 the Wikinews date line, which
     * becomes the publication date; the body is the rest. Scored sentences: every body sentence. Chains: the
     * {@code coref_chain} of the event mentions in {@code {train,val,test}/event_mentions.json} that reach two or
     * more documents. No split is used for tuning.
     */
    static ClaimsSet meantime(Path dir) throws IOException {
        Map<String, Map<Integer, List<String>>> byKey = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve("dataset.conll"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (line.startsWith("#") || f.length < 4) {
                continue;
            }
            byKey.computeIfAbsent(f[0], k -> new TreeMap<>())
                    .computeIfAbsent(Integer.parseInt(f[1]), k -> new ArrayList<>()).add(f[3]);
        }
        List<Doc> docs = new ArrayList<>();
        byKey.forEach((key, sentences) -> docs.add(meantimeDoc(key, sentences)));
        List<Doc> ordered = new ArrayList<>(docs);
        ordered.sort(Comparator.comparing(Doc::story)
                .thenComparing(d -> d.published() == null ? "9999-99-99" : d.published()));
        Set<SentenceRef> body = new HashSet<>();
        ordered.forEach(d -> d.sentences().forEach(l -> body.add(new SentenceRef(d.id(), l.number()))));
        Map<SentenceRef, Set<String>> chains = new HashMap<>();
        for (String split : List.of("train", "val", "test")) {
            readMeantimeEvents(dir.resolve(split).resolve("event_mentions.json"), chains);
        }
        return subset("meantime", "all", false, ordered, body, crossDocument(chains),
                "one story per topic corpus, Wikinews dates; scored: body sentences; gold: cross-doc event chains");
    }

    private static Doc meantimeDoc(String key, Map<Integer, List<String>> sentences) {
        String[] parts = key.split("/");
        String id = parts[parts.length - 1];
        String title = ClusteringCorpora.detokenize(sentences.getOrDefault(0, List.of()));
        String published = isoDate(ClusteringCorpora.detokenize(sentences.getOrDefault(1, List.of())));
        int first = published == null ? 1 : 2;
        List<Line> lines = new ArrayList<>();
        sentences.forEach((n, tokens) -> {
            if (n >= first && !tokens.isEmpty()) {
                lines.add(new Line(n, ClusteringCorpora.detokenize(tokens)));
            }
        });
        return new Doc(id, "meantime-" + parts[0], title.isBlank() ? null : title, published, lines);
    }

    private static @Nullable String isoDate(String line) {
        try {
            return LocalDate.parse(line.strip(), WIKINEWS_DATE).toString();
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static void readMeantimeEvents(Path json, Map<SentenceRef, Set<String>> chains) throws IOException {
        JsonNode mentions = new ObjectMapper().readTree(json.toFile());
        for (JsonNode m : mentions) {
            String[] key = m.get("conll_doc_key").asText().split("/");
            SentenceRef ref = new SentenceRef(key[key.length - 1], m.get("sent_id").asInt());
            chains.computeIfAbsent(ref, k -> new HashSet<>()).add(m.get("coref_chain").asText());
        }
    }

    /** The chains with mentions in two or more documents, by sentence. */
    private static Map<SentenceRef, Set<String>> crossDocument(Map<SentenceRef, Set<String>> chains) {
        Map<String, Set<String>> docsOf = new HashMap<>();
        chains.forEach((ref, ids) -> ids.forEach(c -> docsOf.computeIfAbsent(c, k -> new HashSet<>()).add(ref.doc())));
        Map<SentenceRef, Set<String>> out = new HashMap<>();
        chains.forEach((ref, ids) -> ids.stream().filter(c -> docsOf.get(c).size() >= 2)
                .forEach(c -> out.computeIfAbsent(ref, k -> new HashSet<>()).add(c)));
        return out;
    }

    /** The set of the given documents, with the scored sentences and chains that belong to them. */
    private static ClaimsSet subset(String corpus, String split, boolean dev, List<Doc> docs,
                                    Set<SentenceRef> validated, Map<SentenceRef, Set<String>> chains, String note) {
        Set<String> ids = new HashSet<>();
        docs.forEach(d -> ids.add(d.id()));
        Set<SentenceRef> v = new HashSet<>();
        validated.stream().filter(r -> ids.contains(r.doc())).forEach(v::add);
        Map<SentenceRef, Set<String>> c = new HashMap<>();
        chains.forEach((ref, set) -> {
            if (ids.contains(ref.doc())) {
                c.put(ref, Set.copyOf(set));
            }
        });
        return new ClaimsSet(corpus, split, dev, docs, v, c, note);
    }
}
