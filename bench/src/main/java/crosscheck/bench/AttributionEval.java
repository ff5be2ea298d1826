package crosscheck.bench;

import crosscheck.annotate.AttributionAnnotator;
import crosscheck.annotate.EntityAnnotator;
import crosscheck.annotate.attrib.AttributionTagger;
import crosscheck.annotate.attrib.AttributionTagger.Span;
import crosscheck.annotate.attrib.AttributionTaggerTrainer;
import crosscheck.annotate.attrib.AttributionTaggerTrainer.Paragraph;
import crosscheck.annotate.attrib.Token;
import crosscheck.core.Attribution;
import crosscheck.core.SourceRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Attribution on PolNeAR ({@code ../shared/data/polnear}): {@code attribution-train} trains the shipped tagger on
 * {@code train/} and writes it into the engine's resources; {@code attribution} scores the shipped tagger on
 * {@code dev/} per role (source, cue, content), exact span and overlap precision/recall/F1, and prints tokens/s on
 * one thread. Each annotator's file of an article is a separate gold standard for the same prediction.
 */
public final class AttributionEval {

    static final Path MODEL_OUT = Path.of("engine/src/main/resources/crosscheck/annotate/attrib/polnear-en.model.gz");
    static final int EPOCHS = 16;
    static final long SEED = 2018;
    static final List<String> ROLES = List.of(AttributionTagger.SOURCE, AttributionTagger.CUE, AttributionTagger.CONTENT);
    private static final Map<String, String> ROLE_OF = Map.of("Source", AttributionTagger.SOURCE,
            "Cue", AttributionTagger.CUE, "Content", AttributionTagger.CONTENT);

    private AttributionEval() {
    }

    /** One annotated article: its text and, per annotator, the gold spans. */
    record Article(String name, String text, List<List<Span>> golds, List<List<Triple>> triples) {
    }

    /** One gold attribution: its source (null when the text names none), cue and content spans. */
    record Triple(List<Span> source, List<Span> cue, List<Span> content) {
    }

    /** {@code attribution-train [--dev] [DATA_DIR]}: with {@code --dev}, trains and scores dev without writing. */
    public static void train(String[] args) throws IOException {
        boolean dry = args.length > 0 && args[0].equals("--dev");
        if (dry) {
            args = java.util.Arrays.copyOfRange(args, 1, args.length);
        }
        Path data = dataDir(args);
        List<Article> train = read(data.resolve("train"));
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Article a : train) {
            for (List<Span> gold : a.golds()) {
                paragraphs.addAll(paragraphs(a.text(), gold));
            }
        }
        long tokens = paragraphs.stream().mapToLong(p -> p.tokens().size()).sum();
        System.out.printf(Locale.ROOT, "training on %d articles (%d annotations), %d paragraphs, %d tokens, "
                + "%d epochs, seed %d%n", train.size(), train.stream().mapToInt(a -> a.golds().size()).sum(),
                paragraphs.size(), tokens, EPOCHS, SEED);
        long start = System.nanoTime();
        AttributionTagger model = new AttributionTaggerTrainer(EPOCHS, SEED).train(paragraphs,
                (epoch, acc) -> System.out.printf(Locale.ROOT, "epoch %d: token accuracy %.4f%n", epoch, acc));
        if (dry) {
            System.out.printf(Locale.ROOT, "trained in %.1f s (not written)%n", (System.nanoTime() - start) / 1e9);
        } else {
            NerEval.writeModel(MODEL_OUT, model::write, start);
        }
        score(model, read(data.resolve("dev")));
    }

    /** {@code attribution [DATA_DIR]}. */
    public static void main(String[] args) throws IOException {
        if (args.length >= 2 && args[0].equals("--errors")) {
            Path data = dataDir(java.util.Arrays.copyOfRange(args, 2, args.length));
            errors(AttributionTagger.standard(), read(data.resolve("dev")), args[1]);
            return;
        }
        Path data = dataDir(args);
        long start = System.nanoTime();
        AttributionTagger model = AttributionTagger.standard();
        System.out.printf(Locale.ROOT, "model load %.0f ms%n", (System.nanoTime() - start) / 1e6);
        List<Article> dev = read(data.resolve("dev"));
        score(model, dev);
        speed(model, dev);
        scoreAttributions(dev);
    }

    /**
     * Whole attributions as the engine's {@link AttributionAnnotator} groups them: a predicted attribution matches a
     * gold one when its cue, its content and (where the gold names one) its source overlap the gold spans.
     */
    static void scoreAttributions(List<Article> articles) {
        EntityAnnotator entities = EntityAnnotator.standard();
        AttributionAnnotator annotator = AttributionAnnotator.standard();
        long[] full = new long[4];
        long[] cueContent = new long[4];
        long[] sources = new long[8];
        // {gold quoted contents given the right speaker, our direct quotes with a speaker, gold quoted contents,
        //  gold quoted contents found, our direct quotes with the right speaker}
        long[] quotes = new long[5];
        for (Article a : articles) {
            crosscheck.core.Article article = new crosscheck.core.Article(a.name(), SourceRef.of(a.name()), null,
                    null, null, null, null, a.text(), List.of());
            AttributionAnnotator.Found all = annotator.annotate(article, entities.annotate(article), Set.of());
            List<Attribution> found = all.attributions();
            for (List<Triple> gold : a.triples()) {
                countQuotes(a.text(), all.quotes(), gold, quotes);
            }
            if (Boolean.getBoolean("crosscheck.dropped")) { // the first annotator's relations that grouping lost
                List<Span> tagged = predict(AttributionTagger.standard(), a.text());
                for (Triple g : a.triples().get(0)) {
                    boolean cueTagged = tagged.stream().anyMatch(t -> t.role().equals(AttributionTagger.CUE)
                            && g.cue().stream().anyMatch(c -> c.start() < t.end() && t.start() < c.end()));
                    boolean grouped = found.stream().anyMatch(f -> g.cue().stream()
                            .anyMatch(c -> c.start() < f.cueEnd() && f.cueStart() < c.end()));
                    if (cueTagged && !grouped) {
                        int from = Math.max(0, g.cue().get(0).start() - 100);
                        int to = Math.min(a.text().length(), g.cue().get(0).end() + 60);
                        System.out.println("DROPPED [" + joined(a.text(), g.source()) + " | " + joined(a.text(), g.cue())
                                + "] " + a.text().substring(from, to).replace('\n', ' '));
                    }
                }
            }
            List<Span> predictedSources = found.stream().filter(f -> f.sourceStart() >= 0)
                    .map(f -> new Span(AttributionTagger.SOURCE, f.sourceStart(), f.sourceEnd())).distinct().toList();
            for (int k = 0; k < a.triples().size(); k++) {
                List<Triple> gold = a.triples().get(k);
                count(found, gold, true, full);
                count(found, gold, false, cueContent);
                List<Span> goldSources = a.golds().get(k).stream().filter(g -> g.role().equals(AttributionTagger.SOURCE))
                        .map(g -> trim(a.text(), g)).toList();
                countSpans(predictedSources, goldSources, sources);
            }
        }
        System.out.printf(Locale.ROOT, "sources of the grouped attributions (trimmed, 'according to' read to the comma): "
                + "exact P=%.3f R=%.3f F1=%.3f   overlap P=%.3f R=%.3f F1=%.3f%n", ratio(sources[0], sources[1]),
                ratio(sources[2], sources[3]), f1(ratio(sources[0], sources[1]), ratio(sources[2], sources[3])),
                ratio(sources[4], sources[1]), ratio(sources[6], sources[3]),
                f1(ratio(sources[4], sources[1]), ratio(sources[6], sources[3])));
        print("attributions (source, cue and content overlap)", full);
        print("attributions (cue and content overlap)", cueContent);
        double qp = ratio(quotes[4], quotes[1]);
        double qr = ratio(quotes[0], quotes[2]);
        System.out.printf(Locale.ROOT, "direct quotes with their speakers: P=%.3f R=%.3f F1=%.3f (gold quoted contents "
                + "with a source %d, found %d (%.3f), right speaker %d (%.3f of those found); our quotes with a speaker "
                + "%d, %d of them right)%n", qp, qr, f1(qp, qr), quotes[2], quotes[3], ratio(quotes[3], quotes[2]),
                quotes[0], ratio(quotes[0], quotes[3]), quotes[1], quotes[4]);
    }

    /**
     * Direct quotes and their speakers against one annotator's attributions: a gold attribution whose content holds a
     * quotation mark and that names a source is a quote to find. One of ours that overlaps its content has the right
     * speaker when its speaker, as written or as resolved ("he" → "Michael Flynn"), shares a word (not a function word)
     * with the gold source, or is the same pronoun. Precision counts every direct quote of ours that names a speaker, whether the annotator marked its
     * passage or not: a speaker given to a scare quote or a title is a wrong attribution.
     */
    private static void countQuotes(String text, List<crosscheck.core.Quote> ours, List<Triple> gold, long[] c) {
        List<crosscheck.core.Quote> direct = ours.stream()
                .filter(q -> q.kind().equals("direct") && q.speakerText() != null).toList();
        c[1] += direct.size();
        for (crosscheck.core.Quote q : direct) {
            boolean right = false;
            for (Triple g : gold) {
                if (!g.source().isEmpty() && overlaps(g.content(), q)) {
                    right |= rightSpeaker(q, joined(text, g.source()));
                }
            }
            c[4] += right ? 1 : 0;
        }
        for (Triple g : gold) {
            boolean quoted = g.content().stream().anyMatch(s -> text.substring(s.start(), s.end()).matches(
                    "(?s).*[\"“”].*"));
            if (!quoted || g.source().isEmpty()) {
                continue;
            }
            c[2]++;
            String source = joined(text, g.source());
            boolean foundOne = false;
            boolean right = false;
            for (crosscheck.core.Quote q : direct) {
                if (overlaps(g.content(), q)) {
                    foundOne = true;
                    right |= rightSpeaker(q, source);
                }
            }
            c[3] += foundOne ? 1 : 0;
            c[0] += right ? 1 : 0;
            if (QUOTE_ERRORS && !foundOne) {
                String content = joined(text, g.content()).replace('\n', ' ');
                boolean unspoken = ours.stream().anyMatch(q -> overlaps(g.content(), q));
                System.out.println("QMISS " + (unspoken ? "(ours, no speaker) " : "") + "[" + source + "] "
                        + content.substring(0, Math.min(90, content.length())));
            }
            if (QUOTE_ERRORS && foundOne && !right) {
                System.out.println("QSPEAKER gold [" + source + "] ours " + direct.stream()
                        .filter(q -> overlaps(g.content(), q)).map(q -> q.speakerText() + " <- "
                        + q.text().substring(0, Math.min(50, q.text().length()))).toList());
            }
        }
        if (QUOTE_ERRORS) {
            for (crosscheck.core.Quote q : direct) {
                if (gold.stream().noneMatch(g -> overlaps(g.content(), q))) {
                    System.out.println("QEXTRA " + q.speakerText() + " <- " + q.text().substring(0,
                            Math.min(60, q.text().length())).replace('\n', ' '));
                }
            }
        }
    }

    static final boolean QUOTE_ERRORS = Boolean.getBoolean("crosscheck.quote.errors");

    private static boolean overlaps(List<Span> spans, crosscheck.core.Quote q) {
        return spans.stream().anyMatch(s -> s.start() < q.end() && q.start() < s.end());
    }

    private static String joined(String text, List<Span> spans) {
        return spans.stream().map(s -> text.substring(s.start(), s.end())).reduce((x, y) -> x + " " + y).orElse("");
    }

    /** Whether the quote's speaker, as written or as resolved, is the gold source. */
    private static boolean rightSpeaker(crosscheck.core.Quote q, String source) {
        return sameSpeaker(q.speakerText(), source) || q.speaker() != null && sameSpeaker(q.speaker(), source);
    }

    private static final Set<String> FUNCTION = Set.of("the", "a", "an", "of", "for", "to", "in", "on", "at", "and",
            "with", "who", "which", "that", "his", "her", "its", "their", "'s", "’s", "by", "from");

    /** The same speaker written twice: a shared word that is not a function word, or the same pronoun. */
    static boolean sameSpeaker(String ours, String gold) {
        Set<String> a = words(ours);
        Set<String> b = words(gold);
        if (a.equals(b) && !a.isEmpty()) {
            return true;
        }
        for (String w : a) {
            if (b.contains(w) && !FUNCTION.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> words(String s) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * Adds to {@code c} the span counts: exact {matched predicted, predicted, matched gold, gold}, then the same four
     * for overlap.
     */
    private static void countSpans(List<Span> predicted, List<Span> gold, long[] c) {
        c[1] += predicted.size();
        c[3] += gold.size();
        c[5] += predicted.size();
        c[7] += gold.size();
        for (Span s : predicted) {
            c[0] += gold.stream().anyMatch(x -> x.start() == s.start() && x.end() == s.end()) ? 1 : 0;
            c[4] += gold.stream().anyMatch(x -> overlaps(x, s)) ? 1 : 0;
        }
        for (Span s : gold) {
            c[2] += predicted.stream().anyMatch(x -> x.start() == s.start() && x.end() == s.end()) ? 1 : 0;
            c[6] += predicted.stream().anyMatch(x -> overlaps(x, s)) ? 1 : 0;
        }
    }

    private static void count(List<Attribution> found, List<Triple> gold, boolean withSource, long[] c) {
        c[1] += found.size();
        c[3] += gold.size();
        for (Attribution p : found) {
            c[0] += gold.stream().anyMatch(g -> matches(p, g, withSource)) ? 1 : 0;
        }
        for (Triple g : gold) {
            c[2] += found.stream().anyMatch(p -> matches(p, g, withSource)) ? 1 : 0;
        }
    }

    private static boolean matches(Attribution p, Triple g, boolean withSource) {
        boolean cue = g.cue().stream().anyMatch(s -> s.start() < p.cueEnd() && p.cueStart() < s.end());
        boolean content = g.content().stream().anyMatch(s -> s.start() < p.end() && p.start() < s.end());
        boolean source = !withSource || g.source().isEmpty()
                || p.sourceStart() >= 0 && g.source().stream().anyMatch(s -> s.start() < p.sourceEnd()
                && p.sourceStart() < s.end());
        return cue && content && source;
    }

    private static void print(String what, long[] c) {
        double p = ratio(c[0], c[1]);
        double r = ratio(c[2], c[3]);
        System.out.printf(Locale.ROOT, "%s: P=%.3f R=%.3f F1=%.3f (gold %d, predicted %d)%n", what, p, r, f1(p, r),
                c[3], c[1]);
    }

    static Path dataDir(String[] args) {
        Path data = args.length > 0 ? Path.of(args[0]) : Path.of("../shared/data/polnear");
        if (!Files.isDirectory(data.resolve("dev"))) {
            System.err.println("no PolNeAR data at " + data.toAbsolutePath() + " (expected dev/ and train/)");
            System.exit(2);
        }
        return data;
    }

    /** The articles of a split, each with the gold spans of every annotator's file. */
    static List<Article> read(Path split) throws IOException {
        List<Article> articles = new ArrayList<>();
        List<Path> texts;
        try (Stream<Path> s = Files.list(split.resolve("text"))) {
            texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Map<String, List<Path>> anns = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(split.resolve("attributions"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".ann")).sorted().toList()) {
                String name = p.getFileName().toString();
                anns.computeIfAbsent(name.substring(0, name.lastIndexOf('_')), k -> new ArrayList<>()).add(p);
            }
        }
        for (Path t : texts) {
            String name = t.getFileName().toString().replaceFirst("\\.txt$", "");
            String text = Files.readString(t, StandardCharsets.UTF_8);
            List<List<Span>> golds = new ArrayList<>();
            List<List<Triple>> triples = new ArrayList<>();
            for (Path a : anns.getOrDefault(name, List.of())) {
                List<String> lines = Files.readAllLines(a, StandardCharsets.UTF_8);
                golds.add(spans(lines));
                triples.add(triples(lines));
            }
            if (!golds.isEmpty()) {
                articles.add(new Article(name, text, golds, triples));
            }
        }
        return articles;
    }

    /** The Source, Cue and Content spans of a brat file; a discontinuous span gives one span per fragment. */
    static List<Span> spans(List<String> lines) {
        return textBound(lines).values().stream().flatMap(List::stream).toList();
    }

    /** The Source, Cue and Content spans of a brat file by their T id, in file order, each with its fragments. */
    private static Map<String, List<Span>> textBound(List<String> lines) {
        Map<String, List<Span>> byId = new LinkedHashMap<>();
        for (String line : lines) {
            String[] cols = line.split("\t");
            if (line.startsWith("T") && cols.length >= 2) {
                String[] head = cols[1].split(" ", 2);
                String role = ROLE_OF.get(head[0]);
                if (role != null && head.length == 2) {
                    List<Span> fragments = new ArrayList<>();
                    for (String fragment : head[1].split(";")) {
                        String[] se = fragment.trim().split(" ");
                        fragments.add(new Span(role, Integer.parseInt(se[0]), Integer.parseInt(se[1])));
                    }
                    byId.put(cols[0], fragments);
                }
            }
        }
        return byId;
    }

    /** The attributions of a brat file: each event line links its Source, Cue and Content text-bound spans. */
    static List<Triple> triples(List<String> lines) {
        Map<String, List<Span>> byId = textBound(lines);
        List<Triple> out = new ArrayList<>();
        for (String line : lines) {
            String[] cols = line.split("\t");
            if (!line.startsWith("E") || cols.length < 2) {
                continue;
            }
            List<Span> source = null;
            List<Span> cue = new ArrayList<>();
            List<Span> content = new ArrayList<>();
            for (String arg : cols[1].split(" ")) {
                String[] kv = arg.split(":");
                if (kv.length != 2 || !byId.containsKey(kv[1])) {
                    continue;
                }
                String role = kv[0].replaceAll("\\d+$", "");
                switch (role) {
                    case "Source" -> source = byId.get(kv[1]);
                    case "Cue" -> cue.addAll(byId.get(kv[1]));
                    case "Content" -> content.addAll(byId.get(kv[1]));
                    default -> { }
                }
            }
            if (!cue.isEmpty() && !content.isEmpty()) {
                out.add(new Triple(source == null ? List.of() : source, cue, content));
            }
        }
        return out;
    }

    /** The text's paragraphs (its lines), tokenized and tagged from the gold spans (cue over source over content). */
    static List<Paragraph> paragraphs(String text, List<Span> gold) {
        List<Paragraph> out = new ArrayList<>();
        for (int[] p : lines(text)) {
            List<Token> tokens = Token.tokenize(text, p[0], p[1]);
            if (tokens.isEmpty()) {
                continue;
            }
            String[] tags = new String[tokens.size()];
            Arrays.fill(tags, "O");
            int[] rank = new int[tokens.size()];
            Span[] from = new Span[tokens.size()];
            for (Span s : gold) {
                int r = s.role().equals(AttributionTagger.CUE) ? 3 : s.role().equals(AttributionTagger.SOURCE) ? 2 : 1;
                for (int i = 0; i < tokens.size(); i++) {
                    Token t = tokens.get(i);
                    if (t.end() > s.start() && t.start() < s.end()) {
                        if (r > rank[i]) {
                            tags[i] = s.role();
                            rank[i] = r;
                            from[i] = s;
                        }
                    }
                }
            }
            // Sources and cues are BIO: the first token of each gold span (or fragment) opens it, so that two side by
            // side stay two and their edges are learned. Contents stay IO: with BIO the tagger had to open a content
            // that starts a sentence ("The governor approved the loan in secret, a senior official told the
            // Courier.") far from its cue, and tagged the whole clause as the source instead.
            for (int i = 0; i < tags.length; i++) {
                if (!tags[i].equals("O") && !tags[i].equals(AttributionTagger.CONTENT)) {
                    tags[i] = (i > 0 && from[i - 1] == from[i] ? "I-" : "B-") + tags[i];
                }
            }
            out.add(new Paragraph(tokens, List.of(tags)));
        }
        return out;
    }

    /** The [start, end) of each non-empty line. */
    static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i > start && !text.substring(start, i).isBlank()) {
                    lines.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
        return lines;
    }

    static List<Span> predict(AttributionTagger model, String text) {
        List<Span> spans = new ArrayList<>();
        for (int[] p : lines(text)) {
            spans.addAll(model.spans(text, p[0], p[1]));
        }
        return spans;
    }

    static void score(AttributionTagger model, List<Article> articles) {
        // per role: exact {matched predicted, predicted, matched gold, gold}, overlap likewise
        Map<String, long[]> counts = new LinkedHashMap<>();
        ROLES.forEach(r -> counts.put(r, new long[8]));
        for (Article a : articles) {
            List<Span> predicted = predict(model, a.text());
            for (List<Span> gold : a.golds()) {
                for (String role : ROLES) {
                    List<Span> p = predicted.stream().filter(s -> s.role().equals(role)).toList();
                    List<Span> g = gold.stream().filter(s -> s.role().equals(role))
                            .map(s -> trim(a.text(), s)).toList();
                    countSpans(p, g, counts.get(role));
                }
            }
        }
        System.out.printf(Locale.ROOT, "PolNeAR dev: %d articles, %d annotations%n", articles.size(),
                articles.stream().mapToInt(a -> a.golds().size()).sum());
        for (String role : ROLES) {
            long[] c = counts.get(role);
            System.out.printf(Locale.ROOT, "%-8s exact   P=%.3f R=%.3f F1=%.3f   overlap P=%.3f R=%.3f F1=%.3f   "
                    + "(gold %d, predicted %d)%n", name(role), ratio(c[0], c[1]), ratio(c[2], c[3]),
                    f1(ratio(c[0], c[1]), ratio(c[2], c[3])), ratio(c[4], c[5]), ratio(c[6], c[7]),
                    f1(ratio(c[4], c[5]), ratio(c[6], c[7])), c[3], c[1]);
        }
    }

    /**
     * {@code attribution --errors SRC|CUE|CON}: for the first annotation of each dev article, each gold span of the
     * role the tagger did not find exactly (with what it found there) and each span it found where the gold has none.
     */
    static void errors(AttributionTagger model, List<Article> articles, String role) {
        for (Article a : articles) {
            List<Span> predicted = predict(model, a.text()).stream().filter(s -> s.role().equals(role)).toList();
            List<Span> gold = a.golds().get(0).stream().filter(s -> s.role().equals(role))
                    .map(s -> trim(a.text(), s)).toList();
            for (Span g : gold) {
                if (!predicted.contains(g)) {
                    System.out.println("MISS [" + a.text().substring(g.start(), g.end()).replace('\n', ' ') + "] pred "
                            + predicted.stream().filter(x -> overlaps(x, g))
                            .map(x -> a.text().substring(x.start(), x.end()).replace('\n', ' ')).toList());
                }
            }
            for (Span x : predicted) {
                if (gold.stream().noneMatch(g -> overlaps(x, g))) {
                    System.out.println("FALSE [" + a.text().substring(x.start(), x.end()).replace('\n', ' ') + "]");
                }
            }
        }
    }

    /** A gold span without white space at its ends. */
    static Span trim(String text, Span s) {
        int start = s.start();
        int end = s.end();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(s.role(), start, end);
    }

    private static String name(String role) {
        return switch (role) {
            case AttributionTagger.SOURCE -> "source";
            case AttributionTagger.CUE -> "cue";
            default -> "content";
        };
    }

    private static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static void speed(AttributionTagger model, List<Article> articles) {
        long tokens = 0;
        for (Article a : articles) {
            for (int[] p : lines(a.text())) {
                tokens += Token.tokenize(a.text(), p[0], p[1]).size();
            }
        }
        double best = 0;
        for (int pass = 0; pass < 6; pass++) {
            long start = System.nanoTime();
            long sink = 0;
        for (Article a : articles) {
                sink += predict(model, a.text()).size();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (pass >= 2 && sink > 0) {
                best = Math.max(best, tokens / seconds);
            }
        }
        System.out.printf(Locale.ROOT, "speed %.0f tokens/s (1 thread, %d cores, best of 4 passes after 2 warm-up; "
                + "tokenizing included)%n", best, Runtime.getRuntime().availableProcessors());
    }
}
