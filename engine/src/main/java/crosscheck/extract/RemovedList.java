package crosscheck.extract;

import crosscheck.core.Removed;
import java.util.ArrayList;
import java.util.List;

/** Collects what extraction drops, merging neighbouring pieces dropped for the same reason. */
final class RemovedList {

    private final List<Removed> items = new ArrayList<>();
    private String lastReason = "";
    private StringBuilder lastText = new StringBuilder();

    void add(String text, String reason) {
        if (reason.equals(lastReason) && lastText.length() < 4000) {
            lastText.append(" | ").append(text);
            return;
        }
        flush();
        lastReason = reason;
        lastText = new StringBuilder(text);
    }

    private void flush() {
        if (!lastReason.isEmpty()) {
            items.add(new Removed(lastText.toString(), lastReason));
        }
    }

    List<Removed> toList() {
        flush();
        lastReason = "";
        return List.copyOf(items);
    }
}
