package crosscheck.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Lists of names by kind for the NER gazetteer, gathered at training time from what is on the class path:
 * Datafaker's locale files (Apache-2.0, Maven Central {@code net.datafaker:datafaker}: first names and surnames in
 * some fifty languages, countries, cities, regions, nationalities, sports teams and players, airlines, publishers),
 * the JDK's own locale and time-zone data (country and language names, time-zone cities), and the news outlets the
 * engine's attribution layer knows. Only plain entries are kept: Datafaker's templates ("#{first_name}
 * #{last_name}") are skipped.
 */
final class NameLists {

    /** Datafaker's category.key → our kind. */
    private static final Map<String, String> KINDS = Map.ofEntries(
            kinds("first", "name.first_name", "name.male_first_name", "name.female_first_name",
                    "name.man_first_name", "name.woman_first_name", "name.female_english_name",
                    "name.male_english_name", "name.chinese_female_first_name", "name.chinese_male_first_name",
                    "name.malay_female_first_name", "name.malay_male_first_name", "name.male_middle_name",
                    "name.female_middle_name"),
            kinds("surname", "name.last_name", "name.female_last_name", "name.male_last_name", "name.man_last_name",
                    "name.woman_last_name", "name.last_name_base", "name.chinese_male_last_name"),
            kinds("person", "football.players", "football.coaches", "basketball.players", "basketball.coaches",
                    "baseball.players", "baseball.coaches", "cricket.players", "formula1.driver", "esport.players",
                    "book.author"),
            kinds("country", "address.country", "country.name", "address.default_country"),
            kinds("city", "address.city", "address.city_name", "address.cities", "address.city_names",
                    "nation.capital_city", "country.capital", "address.municipality", "address.village",
                    "address.district_names", "address.suburb"),
            kinds("region", "address.state", "address.province", "address.provinces", "address.region",
                    "address.county"),
            kinds("nationality", "nation.nationality", "demographic.demonym"),
            kinds("language", "nation.language"),
            kinds("team", "football.teams", "englandfootball.teams", "basketball.teams", "baseball.teams",
                    "cricket.teams", "formula1.team", "esport.teams"),
            kinds("organisation", "aviation.airline", "aviation.manufacturer", "book.publisher"),
            kinds("event", "football.competitions", "formula1.grand_prix", "esport.events"),
            kinds("landform", "mountain.name", "mountain.range"),
            kinds("facility", "aviation.airport_name"));

    private static final Set<String> ZONE_REGIONS = Set.of("Africa", "America", "Antarctica", "Asia", "Atlantic",
            "Australia", "Europe", "Indian", "Pacific");

    private NameLists() {
    }

    private static Map.Entry<String, String> kinds(String kind, String... keys) {
        // Packed as one entry per kind; unpacked by keyKinds().
        return Map.entry(kind, String.join(",", keys));
    }

    private static Map<String, String> keyKinds() {
        Map<String, String> out = new TreeMap<>();
        KINDS.forEach((kind, keys) -> {
            for (String k : keys.split(",")) {
                out.put(k, kind);
            }
        });
        return out;
    }

    /** Kind → its names, sorted (deterministic). */
    static Map<String, Set<String>> load() {
        Map<String, Set<String>> lists = new TreeMap<>();
        Map<String, String> keyKinds = keyKinds();
        datafaker((key, value) -> {
            String kind = keyKinds.get(key);
            if (kind != null) {
                add(lists, kind, value);
            }
        });
        jdk(lists);
        outlets(lists);
        return lists;
    }

    static final Path GENDERS_OUT = Path.of("engine/src/main/resources/crosscheck/annotate/first-name-genders.txt");

    /**
     * {@code name-genders}: writes the engine's list of first names by gender ({@link #firstNameGenders}), which the
     * attribution layer reads to keep "she" from a man's name and "he" from a woman's. Run from the repository root;
     * the same Datafaker version gives the same bytes.
     */
    static void writeGenders(String[] args) throws IOException {
        Map<String, String> genders = firstNameGenders();
        StringBuilder sb = new StringBuilder("# First names listed under one gender only (m, f) in Datafaker's locale "
                + "files (net.datafaker:datafaker, Apache-2.0).\n# Written by `java -jar bench/target/crosscheck-bench.jar "
                + "name-genders`; do not edit by hand.\n");
        genders.forEach((name, g) -> sb.append(name).append('\t').append(g).append('\n'));
        java.nio.file.Files.writeString(GENDERS_OUT, sb, java.nio.charset.StandardCharsets.UTF_8);
        long male = genders.values().stream().filter("m"::equals).count();
        System.out.printf(Locale.ROOT, "wrote %s: %d first names (%d male, %d female)%n", GENDERS_OUT, genders.size(),
                male, genders.size() - male);
    }

    /** Datafaker's lists of first names by gender, in every locale it has. */
    private static final Map<String, String> GENDER_KEYS = Map.ofEntries(Map.entry("name.male_first_name", "m"),
            Map.entry("name.man_first_name", "m"), Map.entry("name.male_english_name", "m"),
            Map.entry("name.chinese_male_first_name", "m"), Map.entry("name.malay_male_first_name", "m"),
            Map.entry("name.female_first_name", "f"), Map.entry("name.woman_first_name", "f"),
            Map.entry("name.female_english_name", "f"), Map.entry("name.chinese_female_first_name", "f"),
            Map.entry("name.malay_female_first_name", "f"));

    /**
     * First names (lower case, written in Latin letters) that Datafaker lists under one gender only, in every locale
     * that lists them: "m" or "f". A name listed as both ("Andrea", "Jean") is left out.
     */
    static Map<String, String> firstNameGenders() {
        Map<String, Set<String>> genders = new TreeMap<>();
        datafaker((key, value) -> {
            String g = GENDER_KEYS.get(key);
            String n = value.strip().toLowerCase(Locale.ROOT);
            if (g != null && n.length() >= 2 && n.chars().allMatch(c -> c >= 'a' && c <= 'z' || c == '-')) {
                genders.computeIfAbsent(n, k -> new TreeSet<>()).add(g);
            }
        });
        Map<String, String> out = new TreeMap<>();
        genders.forEach((name, g) -> {
            if (g.size() == 1) {
                out.put(name, g.iterator().next());
            }
        });
        return out;
    }

    /** One line per kind: how many names it holds. */
    static String describe(Map<String, ? extends Collection<String>> lists) {
        List<String> parts = new ArrayList<>();
        lists.forEach((k, v) -> parts.add(k + " " + v.size()));
        return String.join(", ", parts);
    }

    /** The news outlets the attribution layer knows (the engine's own list, written for crosscheck). */
    private static void outlets(Map<String, Set<String>> lists) {
        try (InputStream in = crosscheck.annotate.AttributionAnnotator.class
                .getResourceAsStream("/crosscheck/annotate/news-outlets.txt")) {
            if (in == null) {
                throw new IllegalStateException("the engine's list of news outlets is missing");
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    lists.computeIfAbsent("outlet", k -> new TreeSet<>()).add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the engine's list of news outlets", e);
        }
    }

    private static void jdk(Map<String, Set<String>> lists) {
        for (String cc : Locale.getISOCountries()) {
            add(lists, "country", new Locale("", cc).getDisplayCountry(Locale.ENGLISH));
        }
        for (String lang : Locale.getISOLanguages()) {
            add(lists, "language", new Locale(lang).getDisplayLanguage(Locale.ENGLISH));
        }
        for (String zone : ZoneId.getAvailableZoneIds()) {
            int slash = zone.indexOf('/');
            if (slash > 0 && ZONE_REGIONS.contains(zone.substring(0, slash))) {
                add(lists, "city", zone.substring(zone.lastIndexOf('/') + 1).replace('_', ' '));
            }
        }
    }

    /** Hands each plain string of Datafaker's locale files to {@code sink} with its "category.key". */
    private static void datafaker(java.util.function.BiConsumer<String, String> sink) {
        Path jar;
        try {
            jar = Path.of(net.datafaker.Faker.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate Datafaker's jar", e);
        }
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(64 * 1024 * 1024);
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<ZipEntry> files = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                String name = entry.getName();
                if (name.endsWith(".yml") && (name.indexOf('/') < 0 || name.startsWith("en/"))) {
                    files.add(entry);
                }
            }
            files.sort(java.util.Comparator.comparing(ZipEntry::getName));
            for (ZipEntry entry : files) {
                Object doc;
                try (InputStream in = zip.getInputStream(entry)) {
                    doc = new Yaml(options).load(in);
                } catch (RuntimeException e) {
                    System.err.println("name lists: skipped " + entry.getName() + ": " + e.getMessage());
                    continue;
                }
                if (!(doc instanceof Map<?, ?> locales)) {
                    continue;
                }
                for (Object locale : locales.values()) {
                    if (locale instanceof Map<?, ?> l && l.get("faker") instanceof Map<?, ?> faker) {
                        faker.forEach((cat, keys) -> {
                            if (keys instanceof Map<?, ?> km) {
                                km.forEach((key, values) -> {
                                    if (values instanceof List<?> list) {
                                        list.forEach(v -> {
                                            if (v instanceof String s) {
                                                sink.accept(cat + "." + key, s);
                                            }
                                        });
                                    }
                                });
                            }
                        });
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Datafaker's lists from " + jar, e);
        }
    }

    private static void add(Map<String, Set<String>> lists, String kind, String name) {
        String n = name.strip();
        if (n.length() < 2 || n.contains("#") || n.contains("{") || n.chars().anyMatch(Character::isDigit)
                || !Character.isLetter(n.charAt(0))) {
            return;
        }
        lists.computeIfAbsent(kind, k -> new TreeSet<>()).add(n);
    }
}
