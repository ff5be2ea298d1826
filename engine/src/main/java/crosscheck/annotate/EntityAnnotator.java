package crosscheck.annotate;

import crosscheck.annotate.ner.PerceptronNer;
import crosscheck.core.Article;
import crosscheck.core.Entity;
import crosscheck.core.Entity.Mention;
import crosscheck.internal.Bounds;
import crosscheck.internal.Deadline;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.jspecify.annotations.Nullable;

/**
 * Finds the named entities of an article: paragraphs are split into sentences and tokens with OpenNLP's English
 * models (from Maven Central), tokens are tagged by {@link PerceptronNer}, and the names are grouped into entities
 * within the article: a shorter name whose words end a longer one of the same kind ("Musk" in "Elon Musk") is the
 * same entity, and the fullest form is its name.
 *
 * <p>Thread-safe: the models are immutable, and the OpenNLP tools, which are not, are made per call.
 */
public final class EntityAnnotator {

    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

    private final SentenceModel sentences;
    private final TokenizerModel tokens;
    private final PerceptronNer ner;
    private final ThreadLocal<MemoTokenizer> tokenizers;

    public EntityAnnotator(SentenceModel sentences, TokenizerModel tokens, PerceptronNer ner) {
        this.sentences = sentences;
        this.tokens = tokens;
        this.ner = ner;
        java.util.Map<String, int[]> cuts = MemoTokenizer.memory();
        this.tokenizers = ThreadLocal.withInitial(() -> new MemoTokenizer(tokens, cuts));
    }

    /** The shipped models. */
    public static EntityAnnotator standard() {
        try (InputStream s = EntityAnnotator.class.getResourceAsStream(SENTENCE_MODEL);
             InputStream t = EntityAnnotator.class.getResourceAsStream(TOKEN_MODEL)) {
            if (s == null || t == null) {
                throw new IllegalStateException("OpenNLP's English models are missing from the class path");
            }
            return new EntityAnnotator(new SentenceModel(s), new TokenizerModel(t), PerceptronNer.standard());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP's English models", e);
        }
    }

    /** OpenNLP's English sentence model, as shipped. */
    public static SentenceModel sentenceModel() {
        try (InputStream s = EntityAnnotator.class.getResourceAsStream(SENTENCE_MODEL)) {
            if (s == null) {
                throw new IllegalStateException("OpenNLP's English sentence model is missing from the class path");
            }
            return new SentenceModel(s);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP's English sentence model", e);
        }
    }

    /** The article's entities, in order of first mention. */
    public List<Entity> annotate(Article article) {
        SentenceDetectorME sentenceDetector = new SentenceDetectorME(sentences);
        MemoTokenizer tokenizer = tokenizers.get();
        String body = article.body();
        List<String[]> found = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        List<List<String>> sentenceWords = new ArrayList<>();
        List<Span[]> sentenceSpans = new ArrayList<>();
        List<Integer> sentenceOffsets = new ArrayList<>();
        int paragraphStart = 0;
        for (String paragraph : body.split("\n\n", -1)) {
            for (Span s : sentences(sentenceDetector, paragraph)) {
                Deadline.check();
                String sentence = paragraph.substring(s.getStart(), s.getEnd());
                Span[] all = splitTokens(sentence, tokenSpans(tokenizer, sentence));
                for (Span[] spans : pieces(all)) {
                    List<String> words = new ArrayList<>();
                    for (Span t : spans) {
                        words.add(sentence.substring(t.getStart(), t.getEnd()));
                    }
                    sentenceWords.add(words);
                    sentenceSpans.add(spans);
                    sentenceOffsets.add(paragraphStart + s.getStart());
                }
            }
            paragraphStart += paragraph.length() + 2;
        }
        List<List<String>> documentTags = ner.tagDocument(sentenceWords);
        for (int si = 0; si < sentenceWords.size(); si++) {
            List<String> tags = documentTags.get(si);
            Span[] spans = sentenceSpans.get(si);
            int offset = sentenceOffsets.get(si);
            for (int i = 0; i < tags.size(); i++) {
                if (!tags.get(i).startsWith("B-")) {
                    continue;
                }
                int j = i + 1;
                while (j < tags.size() && tags.get(j).equals("I-" + tags.get(i).substring(2))) {
                    j++;
                }
                int start = offset + spans[i].getStart();
                int end = offset + spans[j - 1].getEnd();
                // Trim what the tokenizer may leave on a name's edges: quotes, dashes, a possessive 's.
                while (start < end && !Character.isLetterOrDigit(body.charAt(start))) {
                    start++;
                }
                if (end - start > 2 && body.substring(end - 2, end).matches("[’']s")) {
                    end -= 2;
                }
                while (end > start && !Character.isLetterOrDigit(body.charAt(end - 1)) && body.charAt(end - 1) != '.') {
                    end--;
                }
                if (end > start) {
                    int last = mentions.size() - 1;
                    String type = tags.get(i).substring(2);
                    if (last >= 0 && type.equals("PER") && found.get(last)[0].equals("PER")
                            && INITIALS.matcher(mentions.get(last).text()).matches()
                            && body.substring(mentions.get(last).end(), start).isBlank()) {
                        // "W." and "Ada Brask" tagged as two persons: one name, "W. Ada Brask".
                        int from = mentions.get(last).start();
                        mentions.set(last, new Mention(body.substring(from, end), from, end));
                    } else {
                        mentions.add(new Mention(body.substring(start, end), start, end));
                        found.add(new String[] {type});
                    }
                }
            }
        }
        List<String> titles = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Matcher t = TITLE_BEFORE.matcher(body.substring(Math.max(0, m.start() - 6), m.start()));
            titles.add(!t.find() ? null : t.group(1).equalsIgnoreCase("mr") ? "m" : "f");
        }
        return group(mentions, found, titles);
    }

    /** "Mr." or "Mrs." right before a name: the person's gender, which tells "Mrs. Brask" from Teodor Brask. */
    private static final Pattern TITLE_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(Mr|Mrs|Ms|Miss)\\.?\\s+$",
            Pattern.CASE_INSENSITIVE);

    /**
     * Splits the article into sentences and tokens as {@link #annotate} does, without tagging: the number of tokens.
     * For measuring the first layer on its own.
     */
    public int sentencesAndTokens(Article article) {
        SentenceDetectorME sentenceDetector = new SentenceDetectorME(sentences);
        MemoTokenizer tokenizer = tokenizers.get();
        int count = 0;
        for (String paragraph : article.body().split("\n\n", -1)) {
            for (Span s : sentences(sentenceDetector, paragraph)) {
                String sentence = paragraph.substring(s.getStart(), s.getEnd());
                count += splitTokens(sentence, tokenSpans(tokenizer, sentence)).length;
            }
        }
        return count;
    }

    /**
     * The paragraph's sentences as the detector finds them, one longer than {@link Bounds#MAX_SENTENCE_CHARS} cut
     * into pieces ({@link Bounds#sentencePieces}).
     */
    static List<Span> sentences(SentenceDetectorME detector, String paragraph) {
        List<Span> out = new ArrayList<>();
        for (Span s : detector.sentPosDetect(paragraph)) {
            for (int[] piece : Bounds.sentencePieces(paragraph, s.getStart(), s.getEnd())) {
                out.add(new Span(piece[0], piece[1]));
            }
        }
        return out;
    }

    /** A tokenizer with this annotator's model (for the tests). */
    MemoTokenizer newTokenizer() {
        return new MemoTokenizer(tokens);
    }

    /**
     * A sentence's tokens in pieces of at most {@link Bounds#MAX_SENTENCE_TOKENS}, as the tagger is given them: a
     * "sentence" of thousands of tokens (a page with no full stop) is tagged piece by piece. One piece for every real
     * sentence.
     */
    static List<Span[]> pieces(Span[] tokens) {
        if (tokens.length <= Bounds.MAX_SENTENCE_TOKENS) {
            return List.<Span[]>of(tokens);
        }
        List<Span[]> out = new ArrayList<>();
        for (int from = 0; from < tokens.length; from += Bounds.MAX_SENTENCE_TOKENS) {
            out.add(Arrays.copyOfRange(tokens, from, Math.min(tokens.length, from + Bounds.MAX_SENTENCE_TOKENS)));
        }
        return out;
    }

    /**
     * The tokens of a sentence as OpenNLP's tokenizer finds them, except that a run of more than
     * {@link Bounds#MAX_TOKEN_CHARS} non-space characters stays one token: the tokenizer's work on one run grows with
     * the square of its length ({@link MemoTokenizer}).
     */
    static Span[] tokenSpans(MemoTokenizer tokenizer, String sentence) {
        return tokenizer.tokenizePos(sentence);
    }

    /**
     * The tagger learned from text where "Brask's" is two tokens and a dash stands alone; OpenNLP's tokenizer keeps
     * them together, so they are split here: "Brask’s" → "Brask" + "’s", "ally—Lidia" → "ally" + "—" + "Lidia".
     */
    static Span[] splitTokens(String sentence, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length + 4);
        for (Span t : spans) {
            int start = t.getStart();
            int end = t.getEnd();
            int cut = start;
            for (int i = start; i < end; i++) {
                char c = sentence.charAt(i);
                if ((c == '—' || c == '–') && end - start > 1) {
                    if (i > cut) {
                        out.add(new Span(cut, i));
                    }
                    out.add(new Span(i, i + 1));
                    cut = i + 1;
                }
            }
            if (cut < end) {
                String rest = sentence.substring(cut, end);
                if (rest.length() > 2 && (rest.endsWith("’s") || rest.endsWith("'s"))) {
                    out.add(new Span(cut, end - 2));
                    out.add(new Span(end - 2, end));
                } else if (rest.length() > 1 && (rest.endsWith("’") || rest.endsWith("'"))
                        && Character.isLetter(rest.charAt(rest.length() - 2))) {
                    out.add(new Span(cut, end - 1));
                    out.add(new Span(end - 1, end));
                } else {
                    out.add(new Span(cut, end));
                }
            }
        }
        return joinHyphens(sentence, out).toArray(Span[]::new);
    }

    /**
     * Joins tokens that a hyphen binds with no space on either side ("Volkov", "-", "Reyes" → "Volkov-Reyes"), as
     * the news text the tagger learned from writes them: one token.
     */
    private static List<Span> joinHyphens(String sentence, List<Span> spans) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span t : spans) {
            if (!out.isEmpty()) {
                Span cur = out.get(out.size() - 1);
                int h = cur.getEnd() == t.getStart()
                        ? sentence.charAt(t.getStart()) == '-' ? t.getStart()
                        : sentence.charAt(cur.getEnd() - 1) == '-' ? cur.getEnd() - 1 : -1
                        : -1;
                if (h > 0 && h + 1 < sentence.length() && Character.isLetterOrDigit(sentence.charAt(h - 1))
                        && Character.isLetterOrDigit(sentence.charAt(h + 1))) {
                    out.set(out.size() - 1, new Span(cur.getStart(), t.getEnd()));
                    continue;
                }
            }
            out.add(t);
        }
        return out;
    }

    /**
     * Groups mentions into entities: one's words end the other's, or they are equal ("Musk" and "Elon Musk"), of the
     * same type first, else of any type: the tagger sometimes gives one name two types in one article, and a surname
     * alone is the person named in full. Two persons' names with and without a middle name are one person
     * ({@link #middleNameVariant}). A group is a person when any of its names of two or more words was tagged
     * one, else it takes the type most of its mentions were given.
     */
    static List<Entity> group(List<Mention> mentions, List<String[]> types) {
        List<String> none = new ArrayList<>();
        mentions.forEach(m -> none.add(null));
        return group(mentions, types, none);
    }

    /**
     * {@link #group(List, List)}, where {@code titles} gives for each mention the gender its title states ("m" for
     * "Mr.", "f" for "Mrs.", "Ms."; null for none): such a mention does not join a person whose first name is of the
     * other gender ("Mrs. Brask" is not Teodor Brask when Ada Brask is named too).
     */
    static List<Entity> group(List<Mention> mentions, List<String[]> types, List<@Nullable String> titles) {
        List<List<Integer>> groups = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> normalNames = new ArrayList<>();
        List<Map<String, Integer>> votes = new ArrayList<>();
        List<Boolean> fullPerson = new ArrayList<>();
        Map<String, String> normal = new java.util.HashMap<>();
        Map<String, List<Integer>> byLastWord = new java.util.HashMap<>();
        for (int m = 0; m < mentions.size(); m++) {
            String text = mentions.get(m).text();
            String n = normal.computeIfAbsent(text, EntityAnnotator::normalise);
            String type = types.get(m)[0];
            int target = -1;
            // A name and its short form share their last word: only groups with this last word are candidates.
            List<Integer> candidates = byLastWord.getOrDefault(lastWord(n), List.of());
            for (int pass = 0; pass < 2 && target < 0; pass++) {
                for (int g : candidates) {
                    if (titles.get(m) != null && otherGender(names.get(g), titles.get(m))) {
                        continue;
                    }
                    boolean sameType = votes.get(g).containsKey(type);
                    if ((pass == 1 || sameType) && (endsWith(normalNames.get(g), n) || endsWith(n, normalNames.get(g)))
                            || sameType && type.equals("PER") && middleNameVariant(normalNames.get(g), n)) {
                        target = g;
                        break;
                    }
                }
            }
            if (target < 0) {
                groups.add(new ArrayList<>());
                names.add(text);
                normalNames.add(n);
                votes.add(new java.util.LinkedHashMap<>());
                fullPerson.add(false);
                target = groups.size() - 1;
                byLastWord.computeIfAbsent(lastWord(n), k -> new ArrayList<>()).add(target);
            } else if (text.length() > names.get(target).length()) {
                names.set(target, text);
                normalNames.set(target, n);
            }
            votes.get(target).merge(type, 1, Integer::sum);
            if (type.equals("PER") && n.contains(" ")) {
                fullPerson.set(target, true);
            }
            groups.get(target).add(m);
        }
        List<String> kinds = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            kinds.add(fullPerson.get(g) ? "PER" : votes.get(g).entrySet().stream()
                    .max(Map.Entry.comparingByValue()).orElseThrow().getKey());
        }
        mergeAcronyms(groups, names, kinds);
        mergeFirstWords(groups, normalNames, kinds);
        List<Entity> entities = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            if (groups.get(g).isEmpty()) {
                continue;
            }
            TreeSet<String> aliases = new TreeSet<>();
            List<Mention> ms = new ArrayList<>();
            for (int m : groups.get(g)) {
                ms.add(mentions.get(m));
                if (!mentions.get(m).text().equals(names.get(g))) {
                    aliases.add(mentions.get(m).text());
                }
            }
            entities.add(new Entity(names.get(g), kinds.get(g), List.copyOf(aliases), ms, List.of()));
        }
        return entities;
    }

    /** Whether the first name of {@code name} ("Ada Brask") is listed under the other gender than {@code gender}. */
    private static boolean otherGender(String name, String gender) {
        String[] words = name.split("\\s+");
        if (words.length < 2) {
            return false;
        }
        String g = FirstNames.gender(words[0].toLowerCase(Locale.ROOT));
        return g != null && !g.equals(gender);
    }

    /**
     * Moves the mentions of an acronym ("MCB") into the organisation whose initials it spells ("Meridian Commercial
     * Bank"), leaving the acronym's group empty.
     */
    private static void mergeAcronyms(List<List<Integer>> groups, List<String> names, List<String> kinds) {
        for (int a = 0; a < groups.size(); a++) {
            if (!isAcronym(names.get(a))) {
                continue;
            }
            for (int g = 0; g < groups.size(); g++) {
                if (g != a && kinds.get(g).equals("ORG") && !groups.get(g).isEmpty()
                        && names.get(a).equals(initials(names.get(g)))) {
                    groups.get(g).addAll(groups.get(a));
                    groups.get(g).sort(null);
                    groups.get(a).clear();
                    break;
                }
            }
        }
    }

    /**
     * Moves a one-word person ("Teodor", or a family name written first: "Xi") into the one person of two or more
     * words whose first word it is; left alone when two such persons are named.
     */
    private static void mergeFirstWords(List<List<Integer>> groups, List<String> normalNames, List<String> kinds) {
        for (int a = 0; a < groups.size(); a++) {
            String word = normalNames.get(a);
            if (word.contains(" ") || !kinds.get(a).equals("PER") || groups.get(a).isEmpty()) {
                continue;
            }
            int target = -1;
            for (int g = 0; g < groups.size(); g++) {
                if (g != a && kinds.get(g).equals("PER") && !groups.get(g).isEmpty()
                        && normalNames.get(g).startsWith(word + " ")
                        && !PLACE_WORDS.contains(lastWord(normalNames.get(g)))) {
                    target = target < 0 ? g : -2;
                    if (target == -2) {
                        break;
                    }
                }
            }
            if (target >= 0) {
                groups.get(target).addAll(groups.get(a));
                groups.get(target).sort(null);
                groups.get(a).clear();
            }
        }
    }

    /**
     * Last words that make a name a place or a body, however the tagger typed it: "Brask Tower" is no person whose
     * first name is "Brask".
     */
    private static final Set<String> PLACE_WORDS = Set.of("tower", "towers", "hotel", "building", "center", "centre",
            "plaza", "street", "avenue", "road", "park", "house", "hall", "bridge", "airport", "stadium", "arena",
            "university", "college", "school", "hospital", "church", "foundation", "organization", "organisation",
            "group", "inc", "corp", "company", "administration", "campaign", "committee", "office", "club", "estate");

    /** Two to six capital letters: "WHO", "NYT". */
    static boolean isAcronym(String name) {
        return name.length() >= 2 && name.length() <= 6 && name.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    /** The capitals of a name's words, without "The", "of", "and", "for": "The Meridian Courier" → "MC". */
    static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        String[] words = name.split("[\\s-]+");
        if (words.length < 2) {
            return "";
        }
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !w.equals("The")) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    /** True when {@code longer}'s last words are exactly {@code shorter}'s words ("Elon Musk" ends with "Musk"). */
    static boolean endsWithWords(String longer, String shorter) {
        return endsWith(normalise(longer), normalise(shorter));
    }

    /** {@link #endsWithWords} on names already normalised. */
    static boolean endsWith(String longer, String shorter) {
        return longer.equals(shorter) || longer.length() > shorter.length()
                && longer.endsWith(shorter) && longer.charAt(longer.length() - shorter.length() - 1) == ' ';
    }

    /** True when a normalised person's name ends with a generational suffix: "teodor brask jr" is not his father. */
    private static boolean hasSuffix(String normalised) {
        String last = lastWord(normalised);
        return last.equals("jr") || last.equals("sr") || last.equals("ii") || last.equals("iii");
    }

    private static String lastWord(String normalised) {
        int space = normalised.lastIndexOf(' ');
        return space < 0 ? normalised : normalised.substring(space + 1);
    }

    /**
     * Names normalised so far, by name: a name is compared with many others (each entity of a story, each outlet of
     * the batch), and normalising it takes five regular expressions. Bounded: cleared when full.
     */
    private static final Map<String, String> NORMALISED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_NORMALISED = 1 << 16;
    /** Longer names are normalised each time rather than kept. */
    private static final int MAX_NORMALISED_CHARS = 256;

    /** A name as names are compared: no accents, lower case, punctuation as spaces, no "'s" or leading "the". */
    public static String normalise(String name) {
        if (name.length() > MAX_NORMALISED_CHARS) {
            return normaliseNow(name);
        }
        String n = NORMALISED.get(name);
        if (n == null) {
            n = normaliseNow(name);
            if (NORMALISED.size() >= MAX_NORMALISED) {
                NORMALISED.clear();
            }
            NORMALISED.put(name, n);
        }
        return n;
    }

    private static String normaliseNow(String name) {
        String n = MARKS.matcher(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        n = NOT_WORD.matcher(POSSESSIVE_S.matcher(n).replaceAll("")).replaceAll(" ");
        n = LEADING_THE.matcher(n).replaceAll("");
        return SPACES.matcher(n).replaceAll(" ").strip();
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
    private static final java.util.regex.Pattern POSSESSIVE_S = java.util.regex.Pattern.compile("[’']s$");
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{Nd} ]");
    private static final java.util.regex.Pattern LEADING_THE = java.util.regex.Pattern.compile("^the ");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /**
     * The story's entities: each article's entities merged across articles when they are the same name, one ends
     * the other, or they differ only by one letter in a long name ("Dovhan", "Dovgan"), a company's legal form
     * ("Corp."), a title ("Mr.") or, for persons, a middle name; the type most of the mentions were given wins (the
     * tagger sometimes calls one name a person here and a place there). A name is matched against every name of two
     * or more words the group was given, not only the longest that names it.
     */
    public static List<Entity> merge(Map<String, List<Entity>> byArticle) {
        List<String> names = new ArrayList<>();
        List<String> normalNames = new ArrayList<>();
        // Every name of two or more words a group was given, and its first: a later name is matched against each.
        List<List<String>> keys = new ArrayList<>();
        List<Map<String, Integer>> typeVotes = new ArrayList<>();
        List<TreeSet<String>> aliases = new ArrayList<>();
        List<List<String>> articles = new ArrayList<>();
        for (Map.Entry<String, List<Entity>> e : byArticle.entrySet()) {
            for (Entity entity : e.getValue()) {
                String n = normalise(entity.name());
                int target = -1;
                for (int g = 0; g < names.size() && target < 0; g++) {
                    boolean sameType = typeVotes.get(g).containsKey(entity.type());
                    boolean person = sameType && entity.type().equals("PER");
                    for (String k : keys.get(g)) {
                        if (sameName(k, n, sameType, k.equals(normalNames.get(g)) && isAcronym(names.get(g)),
                                isAcronym(entity.name())) || person && middleNameVariant(nameKey(k), nameKey(n))) {
                            target = g;
                            break;
                        }
                    }
                }
                if (target < 0) {
                    names.add(entity.name());
                    normalNames.add(n);
                    keys.add(new ArrayList<>(List.of(n)));
                    typeVotes.add(new LinkedHashMap<>());
                    aliases.add(new TreeSet<>());
                    articles.add(new ArrayList<>());
                    target = names.size() - 1;
                } else {
                    if (n.contains(" ") && !keys.get(target).contains(n)) {
                        keys.get(target).add(n); // "Ada Brask" still matches once "Ada M. Brask" names the group
                    }
                    if (entity.name().length() > names.get(target).length()) {
                        aliases.get(target).add(names.get(target));
                        names.set(target, entity.name());
                        normalNames.set(target, n);
                    } else {
                        aliases.get(target).add(entity.name());
                    }
                }
                aliases.get(target).addAll(entity.aliases());
                typeVotes.get(target).merge(entity.type(), entity.mentions().size(), Integer::sum);
                if (!articles.get(target).contains(e.getKey())) {
                    articles.get(target).add(e.getKey());
                }
            }
        }
        List<Entity> out = new ArrayList<>();
        for (int g = 0; g < names.size(); g++) {
            TreeSet<String> a = aliases.get(g);
            a.remove(names.get(g));
            String type = typeVotes.get(g).entrySet().stream().max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey).orElse("MISC");
            out.add(new Entity(names.get(g), type, List.copyOf(a), List.of(), articles.get(g)));
        }
        out.sort((x, y) -> Integer.compare(y.articles().size(), x.articles().size()));
        return out;
    }

    /**
     * Same name (both normalised): equal, an acronym of the other's words, or one's words end the other's; a
     * spelling one letter apart counts only within a type.
     */
    private static boolean sameName(String x, String y, boolean sameType, boolean xAcronym, boolean yAcronym) {
        if (x.equals(y)) {
            return true;
        }
        if (xAcronym && initialsOfNormal(y).equals(x) || yAcronym && initialsOfNormal(x).equals(y)) {
            return true; // "WSJ", "Wall Street Journal"
        }
        if (!sameType) {
            return false; // "Jordan" the country is not "Michael Jordan"
        }
        String a = nameKey(x);
        String b = nameKey(y);
        if (a.equals(b) || endsWith(a, b) || endsWith(b, a)) {
            return true;
        }
        return spellingVariant(a, b);
    }

    /** Company legal forms that a name may carry or drop: "Microsoft Corp." is "Microsoft". */
    private static final Set<String> LEGAL_FORMS = Set.of("corp", "corporation", "inc", "incorporated", "co", "ltd",
            "limited", "llc", "plc", "ag", "gmbh");

    /** One or more initials and nothing else: "W.", "H.W.", "J. R.". */
    private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.\\s?)+");

    /** Titles a person's name may carry or drop: "Mr. Brask" is "Brask". */
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir");

    /**
     * A normalised name as names are matched: without a company's legal form at its end ("microsoft corp") or a
     * title at its start ("mr brask").
     */
    static String nameKey(String normalised) {
        String n = normalised;
        int space = n.lastIndexOf(' ');
        if (space > 0 && LEGAL_FORMS.contains(n.substring(space + 1))) {
            n = n.substring(0, space);
        }
        space = n.indexOf(' ');
        if (space > 0 && HONORIFICS.contains(n.substring(0, space))) {
            n = n.substring(space + 1);
        }
        return n;
    }

    /**
     * One person's name with and without a middle name or initial: the same first and last words, the shorter's words
     * all found in order in the longer's, initials and "jr"/"sr" aside ("mark heller", "mark jay heller"; "w mark
     * felt", "mark felt"; "frederick c larue", "frederick cheney larue").
     */
    static boolean middleNameVariant(String x, String y) {
        if (hasSuffix(x) != hasSuffix(y)) {
            return false;
        }
        List<String> a = personWords(x);
        List<String> b = personWords(y);
        if (a.size() < 2 || b.size() < 2) {
            return false;
        }
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = a.size() <= b.size() ? b : a;
        if (!shorter.get(0).equals(longer.get(0))
                || !shorter.get(shorter.size() - 1).equals(longer.get(longer.size() - 1))) {
            return false;
        }
        int k = 0;
        for (String w : longer) {
            if (k < shorter.size() && w.equals(shorter.get(k))) {
                k++;
            }
        }
        return k == shorter.size();
    }

    private static List<String> personWords(String normalised) {
        List<String> words = new ArrayList<>();
        for (String w : normalised.split(" ")) {
            if (w.length() > 1 && !Set.of("jr", "sr", "ii", "iii").contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /**
     * Two spellings of one name: the same words but one, and that one a long word (six letters or more) with the
     * same first two letters, one letter apart ("zelensky", "zelenskyy"; not "john smith", "joan smith").
     */
    static boolean spellingVariant(String x, String y) {
        String[] a = x.split(" ");
        String[] b = y.split(" ");
        if (a.length != b.length) {
            return false;
        }
        int differing = -1;
        for (int i = 0; i < a.length; i++) {
            if (!a[i].equals(b[i])) {
                if (differing >= 0) {
                    return false;
                }
                differing = i;
            }
        }
        if (differing < 0) {
            return true;
        }
        String p = a[differing];
        String q = b[differing];
        return Math.min(p.length(), q.length()) >= 6 && p.regionMatches(0, q, 0, 2) && oneEditApart(p, q);
    }

    /** The first letters of a normalised name's words, when it has two or more: "wall street journal" → "wsj". */
    private static String initialsOfNormal(String normalised) {
        String[] words = normalised.split(" ");
        if (words.length < 2) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty() && !w.equals("of") && !w.equals("and") && !w.equals("for")) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (a.length() > b.length()) {
                i++;
            } else if (b.length() > a.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }

    /**
     * The entities with every name of a news outlet in the batch typed ORG: the outlets are known from the articles'
     * own metadata ("The Meridian Courier"), whatever the tagger guessed.
     */
    public static List<Entity> outletsAsOrganisations(List<Entity> entities, java.util.Set<String> outlets) {
        if (outlets.isEmpty()) {
            return entities;
        }
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            String n = normalise(e.name());
            boolean outlet = outlets.stream().anyMatch(o -> o.equals(n) || endsWith(o, n) && n.contains(" "));
            out.add(outlet && !e.type().equals("ORG")
                    ? new Entity(e.name(), "ORG", e.aliases(), e.mentions(), e.articles()) : e);
        }
        return out;
    }

    /** The normalised names of the outlets that published the articles. */
    public static java.util.Set<String> outletNames(List<Article> articles) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Article a : articles) {
            if (a.outlet() != null && !a.outlet().isBlank()) {
                names.add(normalise(a.outlet()));
            }
        }
        return names;
    }

    /** An index of entities by article, in the articles' order. */
    public static Map<String, List<Entity>> byArticle(List<String> articleIds, Map<String, List<Entity>> all) {
        Map<String, List<Entity>> out = new LinkedHashMap<>();
        for (String id : articleIds) {
            out.put(id, all.getOrDefault(id, List.of()));
        }
        return out;
    }
}
