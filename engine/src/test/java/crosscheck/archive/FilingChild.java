package crosscheck.archive;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The child process of {@link SqliteKillTest}. {@code file FOLDER PREFIX SEED}: files articles {@code PREFIX-0},
 * {@code PREFIX-1}, … into the store without end, each into a new story or one it filed before, printing
 * {@code filing ID} before and {@code ack ID STORY} after each {@link ArchiveStore#file} returns (it stops when no
 * one reads its output any more). {@code hold FOLDER
 * MILLIS}: opens the store, prints {@code open}, holds it that long, closes it.
 */
public final class FilingChild {

    private FilingChild() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[1]);
        if (args[0].equals("hold")) {
            try (ArchiveStore store = ArchiveStores.open(folder.toString(), Duration.ofSeconds(10))) {
                System.out.println("open");
                System.out.flush();
                Thread.sleep(Long.parseLong(args[2]));
            }
            return;
        }
        String prefix = args[2];
        Random random = new Random(Long.parseLong(args[3]));
        try (ArchiveStore store = ArchiveStores.open(folder.toString(), Duration.ofSeconds(10))) {
            List<String> stories = new ArrayList<>(store.stories(null));
            for (int i = 0; i < 1_000_000; i++) {
                String id = prefix + "-" + i;
                String story = stories.isEmpty() || random.nextInt(3) == 0 ? null
                        : stories.get(random.nextInt(stories.size()));
                System.out.println("filing " + id);
                System.out.flush();
                String got = store.file(ArchiveStoreContract.filing(ArchiveStoreContract.article(id, null), story,
                        "kill", "k" + random.nextInt(20)));
                System.out.println("ack " + id + " " + got);
                if (System.out.checkError()) {
                    return; // the parent is gone
                }
                if (story == null) {
                    stories.add(got);
                }
            }
        }
    }
}
