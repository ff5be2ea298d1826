package crosscheck.extract;

import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The language of a text, read by Optimaize's language-detector (character n-gram profiles of 71 languages, 1.9 MB
 * in its jar, well under a millisecond for a few thousand characters), and the primary code of a declared language.
 * The detector answers only when it is confident; the profiles load once, on first use. Thread-safe.
 */
public final class Languages {

    /** Fewest letters a text needs before the detector is asked: shorter texts are too often misread. */
    static final int MIN_LETTERS = 40;
    /** Characters of the text the detector reads: the start of an article is enough and keeps the cost flat. */
    static final int MAX_CHARS = 1000;
    /** Least probability of the most likely language for an answer. */
    private static final double MIN_PROBABILITY = 0.9;

    private Languages() {
    }

    /** Built on first use: loading the profiles takes a few hundred milliseconds. */
    private static final class Holder {
        static final LanguageDetector DETECTOR = build();
        static final TextObjectFactory TEXTS = CommonTextObjectFactories.forDetectingOnLargeText();

        private static LanguageDetector build() {
            try {
                return LanguageDetectorBuilder.create(NgramExtractors.standard())
                        .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                        .seed(20_201L) // a fixed seed: the same text always gets the same answer
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException("language profiles unreadable: " + e.getMessage(), e);
            }
        }
    }

    /**
     * The ISO 639-1 code of the text's language ({@code de}, {@code zh}), or null when the text has fewer than
     * {@value #MIN_LETTERS} letters or the detector is unsure. Reads at most the first {@value #MAX_CHARS}
     * characters.
     */
    public static @Nullable String detect(@Nullable String text) {
        if (text == null || !hasLetters(text)) {
            return null;
        }
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        // Probabilities summed by language: Chinese has two profiles (zh-CN, zh-TW) that split the mass between them.
        Map<String, Double> byLanguage = new HashMap<>();
        for (DetectedLanguage d : Holder.DETECTOR.getProbabilities(Holder.TEXTS.forText(sample))) {
            byLanguage.merge(d.getLocale().getLanguage(), d.getProbability(), Double::sum);
        }
        String best = null;
        double bestP = 0;
        for (Map.Entry<String, Double> e : byLanguage.entrySet()) {
            if (e.getValue() > bestP) {
                best = e.getKey();
                bestP = e.getValue();
            }
        }
        return bestP >= MIN_PROBABILITY ? best : null;
    }

    /** The primary language of a declared code: {@code en-GB} and {@code en_GB} are {@code en}; null stays null. */
    public static @Nullable String primary(@Nullable String declared) {
        if (declared == null) {
            return null;
        }
        String s = declared.strip().toLowerCase(Locale.ROOT);
        int cut = 0;
        while (cut < s.length() && s.charAt(cut) >= 'a' && s.charAt(cut) <= 'z') {
            cut++;
        }
        return cut >= 2 && cut <= 3 ? s.substring(0, cut) : null;
    }

    /** The language whose word lists a page's text is judged by: the declared one, else the detected one. */
    static @Nullable String forLists(@Nullable String declared, @Nullable String detected) {
        String p = primary(declared);
        return p != null ? p : detected;
    }

    private static boolean hasLetters(String text) {
        int letters = 0;
        for (int i = 0; i < text.length() && letters < MIN_LETTERS; i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return letters >= MIN_LETTERS;
    }
}
