package crosscheck.bench;

import crosscheck.core.Article;
import crosscheck.core.Report;
import crosscheck.pipeline.BatchListener;
import crosscheck.pipeline.BatchRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The input files of a folder in publication order, for the benches that ingest news as it came. */
final class AnalysisOrder {

    private AnalysisOrder() {
    }

    /**
     * The files of the folder (as {@code analyze} expands it), ordered by the earliest publication date of their
     * articles (extraction only; undated files last), ties in file order.
     */
    static List<String> byPublication(Path folder) {
        Report read = BatchRunner.builder().entities(false).crossCheck(false).siteBoilerplate(false).build()
                .run(List.of(folder.toString()), new BatchListener() { });
        Map<String, String> earliest = new HashMap<>();
        List<String> files = new ArrayList<>();
        for (Article a : read.articles()) {
            String file = a.source().file();
            if (!earliest.containsKey(file)) {
                files.add(file);
                earliest.put(file, "9999");
            }
            String day = a.published() == null ? "9999" : a.published();
            if (day.compareTo(earliest.get(file)) < 0) {
                earliest.put(file, day);
            }
        }
        List<String> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing((String f) -> earliest.get(f)).thenComparingInt(files::indexOf));
        return sorted;
    }
}
