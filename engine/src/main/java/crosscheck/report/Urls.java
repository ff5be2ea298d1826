package crosscheck.report;

/** URL checks shared by the renderers. */
final class Urls {

    private Urls() {
    }

    /** True for http and https URLs: the only ones a report links to. */
    static boolean isWebUrl(String url) {
        return url.regionMatches(true, 0, "http://", 0, 7) || url.regionMatches(true, 0, "https://", 0, 8);
    }
}
